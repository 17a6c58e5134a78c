import type { DataSourceInfo, UploadRefusal } from "./types";

/** The outcome of one upload: the stored file, or the server's reasons for refusing it. */
export type UploadResult = { ok: true; dataSource: DataSourceInfo } | { ok: false; refusal: UploadRefusal };

/**
 * PUTs a CSV file as the raw body. XMLHttpRequest rather than fetch: only it reports upload progress, which a
 * file of tens of megabytes needs.
 */
export function uploadCsv(
  scenarioId: string,
  file: File,
  firstLineIsHeader: boolean,
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const url = `/api/v1/scenarios/${encodeURIComponent(scenarioId)}/data-sources/${encodeURIComponent(file.name)}?firstLineIsHeader=${firstLineIsHeader}`;
    xhr.open("PUT", url);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: Partial<UploadRefusal> & { dataSource?: DataSourceInfo } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // A proxy's HTML error page: the status line below says enough.
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.dataSource) {
        resolve({ ok: true, dataSource: body.dataSource });
      } else {
        resolve({
          ok: false,
          refusal: { error: body.error ?? `upload failed (HTTP ${xhr.status})`, issues: body.issues ?? [] },
        });
      }
    };
    xhr.onerror = () => resolve({ ok: false, refusal: { error: "the upload did not reach the server", issues: [] } });
    xhr.send(file);
  });
}

import {
  formatIssues,
  ZImportedRequest,
  type TImportedRequest,
  type TImportNote,
  type TImportPreview,
} from "@stampede/contracts";

/**
 * Keeps the requests a scenario step can hold. One request the contract refuses (a 2 MB upload body, a
 * header over the length limit) must not make the whole file unreadable: it becomes a note naming it and the
 * field, and the rest are imported. A response the contract refuses is dropped from its request (correlation
 * then has nothing to read there) with a note. Indexes are renumbered so they stay the positions in the list.
 */
export function admitRequests(preview: TImportPreview): TImportPreview {
  const notes: TImportNote[] = [];
  const requests: TImportedRequest[] = [];
  for (const request of preview.requests) {
    let checked = ZImportedRequest.safeParse(request);
    if (!checked.success && checked.error.issues.every((issue) => issue.path[0] === "response")) {
      notes.push({ where: request.where, message: `response not kept: ${formatIssues(checked.error)[0]}` });
      checked = ZImportedRequest.safeParse({ ...request, response: undefined });
    }
    if (checked.success) requests.push({ ...checked.data, index: requests.length });
    else notes.push({ where: request.where, message: `not imported: ${formatIssues(checked.error)[0]}` });
  }
  return { ...preview, requests, notes: [...preview.notes, ...notes] };
}

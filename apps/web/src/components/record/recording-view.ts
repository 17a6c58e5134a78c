/** A recording as the API answers it (`/api/v1/recordings`). */
export interface RecordingView {
  id: string;
  status: "recording" | "stopped";
  hosts: string[];
  proxyHost: string;
  proxyPort: number;
  caUrl: string;
  startedBy: string;
  startedAt: string;
  captured: number;
}

/** One captured request, as the events stream sends it. */
export interface CapturedRow {
  seq: number;
  method: string;
  url: string;
  status?: number;
  durationMs: number;
  startedAt: string;
  error?: string;
}

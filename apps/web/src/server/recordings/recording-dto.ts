import type { TRecordingSession } from "./recording-sessions";

/** Where a client downloads the recorder's CA certificate. */
export const RECORDER_CA_URL = "/api/v1/recordings/ca.pem";

/** A recording as the API answers it. */
export interface TRecordingDto {
  id: string;
  status: "recording" | "stopped";
  hosts: string[];
  proxyHost: string;
  proxyPort: number;
  caUrl: string;
  startedBy: string;
  startedAt: string;
  stoppedAt?: string;
  captured: number;
}

export function toRecordingDto(session: TRecordingSession): TRecordingDto {
  return {
    id: session.id,
    status: session.stoppedAt ? "stopped" : "recording",
    hosts: session.hosts,
    proxyHost: session.recorder.host,
    proxyPort: session.recorder.port,
    caUrl: RECORDER_CA_URL,
    startedBy: session.startedBy,
    startedAt: session.startedAt.toISOString(),
    ...(session.stoppedAt ? { stoppedAt: session.stoppedAt.toISOString() } : {}),
    captured: session.recorder.exchanges().length,
  };
}

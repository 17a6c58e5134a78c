import type { TRecordingSession } from "./recording-sessions";

/** Stops the proxy (waiting for exchanges in flight) and tells live viewers; stopping twice is harmless. */
export async function stopRecording(session: TRecordingSession, now = new Date()): Promise<void> {
  if (!session.stoppedAt) session.stoppedAt = now;
  await session.recorder.stop();
  for (const listener of session.listeners) listener(undefined);
  session.listeners.clear();
}

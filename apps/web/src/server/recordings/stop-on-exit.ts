import { recordingSessions } from "./recording-sessions";

let hooked = false;

/**
 * A proxy is a listening socket of this process: close them all when the console shuts down, so a restart on
 * the same port is not refused. Registered once, with the first recording.
 */
export function stopAllRecordingsOnExit(): void {
  if (hooked) return;
  hooked = true;
  const stopAll = () => {
    for (const session of recordingSessions.values()) {
      session.stoppedAt ??= new Date();
      void session.recorder.stop().catch(() => undefined);
    }
  };
  process.once("beforeExit", stopAll);
  process.once("SIGTERM", stopAll);
}

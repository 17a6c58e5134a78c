import { EXIT } from "./exit-codes";

/**
 * Ctrl-C handling, as k6 does it: the first SIGINT stops the run gracefully (the caller aborts the engine and
 * still prints the summary); a second one quits at once, for when stopping itself hangs. Returns a disposer.
 */
export function onInterrupt(stop: () => void): () => void {
  const forceQuit = () => process.exit(EXIT.interrupted);
  const first = () => {
    process.once("SIGINT", forceQuit);
    stop();
  };
  process.once("SIGINT", first);
  return () => {
    process.off("SIGINT", first);
    process.off("SIGINT", forceQuit);
  };
}

/**
 * Exit codes, documented in the README. 99 for failed thresholds is k6's, so CI scripts written for k6 keep
 * working; 130 (128 + SIGINT) for an interrupted run is what shells and CI runners already read as Ctrl-C.
 */
export const EXIT = {
  ok: 0,
  /** An unexpected failure while running (a bug, or the machine ran out of something). */
  failed: 1,
  /** Bad input: usage, flags, scenario file, data files, thresholds. Nothing was sent. */
  usage: 2,
  thresholdsFailed: 99,
  /** A `stop` rule of the scenario's stop conditions fired and ended the run: the same verdict as a threshold. */
  stopConditionFired: 99,
  interrupted: 130,
} as const;

/** An error meant for the user: its message is printed as is, and the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = "CliError";
  }
}

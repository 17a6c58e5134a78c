import { expect } from "vitest";
import { CliError, EXIT } from "../exit-codes";

/** Test-only: the message of the usage error (exit 2) that `run` throws; fails the test when it does not throw. */
export function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.usage);
    return (error as Error).message;
  }
  throw new Error("did not fail");
}

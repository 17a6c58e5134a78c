// What every target process does around serving: announce its URL to the bench, and not outlive it.

/** Prints the one line the bench waits for before it sends traffic. */
export function announceReady(url: string): void {
  process.stdout.write(`${JSON.stringify({ ready: url })}\n`);
}

/**
 * Exits when the bench process is gone (re-parented), so a bench killed with SIGKILL leaves no server
 * behind. The bench stops targets by PID itself; this only covers the case where it cannot.
 */
export function exitWithParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 1_000).unref();
}

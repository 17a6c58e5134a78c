/** `[==========>         ]  12s/30s  40%`: plain ASCII, so it renders in any terminal and CI log viewer. */
export function renderProgressBar(elapsedSeconds: number, totalSeconds: number, width = 30): string {
  const fraction = totalSeconds > 0 ? Math.min(1, Math.max(0, elapsedSeconds / totalSeconds)) : 1;
  const filled = Math.round(fraction * width);
  const bar = filled >= width ? "=".repeat(width) : `${"=".repeat(filled)}>${" ".repeat(width - filled - 1)}`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `[${bar}] ${Math.floor(elapsedSeconds)}s/${totalSeconds}s ${percent}`;
}

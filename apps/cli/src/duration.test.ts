import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "./duration";

describe("parseDuration", () => {
  it.each([
    ["90", 90],
    ["30s", 30],
    ["2m", 120],
    ["1h", 3600],
    ["1m30s", 90],
    ["1h2m3s", 3723],
    ["1.5m", 90],
    ["0.1h", 360],
    [" 45S ", 45],
    ["0", 0],
  ])("%s is %i seconds", (raw, seconds) => {
    expect(parseDuration("--duration", raw)).toBe(seconds);
  });

  it.each(["", "abc", "30x", "10 s", "-5s", "1m1m", "s", "2.5s", "30s5"])("refuses %j, naming the flag", (raw) => {
    expect(() => parseDuration("--ramp", raw)).toThrow(`--ramp "${raw}"`);
  });

  it("explains that durations are whole seconds", () => {
    expect(() => parseDuration("--duration", "2.5s")).toThrow("whole seconds");
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [30, "30s"],
    [60, "1m"],
    [90, "1m30s"],
    [3723, "1h2m3s"],
  ])("%i → %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

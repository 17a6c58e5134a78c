import { describe, expect, it } from "vitest";
import { formatAmount, formatCpu, formatSince, generatorState } from "./generator-format";

describe("generator formatting", () => {
  it("tells a live generator from a lost one, with how long ago it last beat", () => {
    expect(generatorState({ alive: true, heartbeatAt: 10_000 }, 10_400)).toBe("up (beat 0.4 s ago)");
    expect(generatorState({ alive: false, heartbeatAt: 10_000 }, 52_000)).toBe("lost 42 s ago");
    expect(generatorState({ alive: false, heartbeatAt: 0 }, 5 * 60_000)).toBe("lost 5 min ago");
  });

  it("never shows a negative age when the web and worker clocks disagree", () => {
    expect(formatSince(-300)).toBe("0 s");
  });

  it("writes amounts and CPU the way the table shows them", () => {
    expect(formatAmount(1000, 5000)).toBe("1,000 VUs · 5,000/s");
    expect(formatAmount(1, 0)).toBe("1 VU · 0/s");
    expect(formatCpu(1.35)).toBe("135%");
  });
});

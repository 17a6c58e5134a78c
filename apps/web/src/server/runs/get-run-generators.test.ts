import type { RunGeneratorSecondRow } from "@stampede/db";
import { describe, expect, it } from "vitest";
import { groupGeneratorSeconds } from "./get-run-generators";

const row = (second: number, shardIndex: number, cpu: number | null): RunGeneratorSecondRow => ({
  runId: "r",
  second,
  shardIndex,
  generatorId: `gen-${shardIndex}`,
  generatorName: `Gen ${shardIndex}`,
  region: shardIndex ? "eu" : "us",
  vus: 5,
  cpu,
  rssBytes: 50_000_000,
  requests: 100,
});

describe("the Generators panel's data", () => {
  it("groups seconds by generator and warns once the busiest one stays above 85% CPU for a third of the run", () => {
    const calm = groupGeneratorSeconds([0, 1, 2, 3].flatMap((s) => [row(s, 0, 0.3), row(s, 1, 0.4)]));
    expect(calm.generators.map((g) => [g.generatorName, g.region, g.points.length])).toEqual([
      ["Gen 0", "us", 4],
      ["Gen 1", "eu", 4],
    ]);
    expect(calm).toMatchObject({ busySeconds: 0, seconds: 4, generatorBound: false });

    // One generator of two pegged for 3 of 6 seconds: the run is generator-bound, whatever the other did.
    const busy = groupGeneratorSeconds(
      [0, 1, 2, 3, 4, 5].flatMap((s) => [row(s, 0, s < 3 ? 0.95 : 0.2), row(s, 1, null)]),
    );
    expect(busy).toMatchObject({ busySeconds: 3, seconds: 6, generatorBound: true });
  });
});

import { formatIssues } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { BadRequestError } from "@/server/http/errors";
import { sampleFilterOf, ZSampleQuery } from "./sample-query";

const startedAt = new Date("2026-11-30T22:00:00Z");
const issuesOf = (query: Record<string, string>) => {
  const parsed = ZSampleQuery.safeParse(query);
  return parsed.success ? [] : formatIssues(parsed.error);
};

describe("the samples route's filters", () => {
  it("reads every filter: seconds of the run count from its start, and `to` takes its whole second", () => {
    const query = ZSampleQuery.parse({
      step: "activity",
      kind: "failure",
      status: "401",
      error: "auth",
      minMs: "5",
      maxMs: "250.5",
      from: "10",
      to: "12",
      take: "20",
      cursor: "1796077208000.42",
    });
    expect(sampleFilterOf(query, startedAt)).toEqual({
      step: "activity",
      kind: "failure",
      status: 401,
      errorKind: "auth",
      minMs: 5,
      maxMs: 250.5,
      from: new Date("2026-11-30T22:00:10Z"),
      to: new Date("2026-11-30T22:00:12.999Z"),
      cursor: { atMs: 1796077208000, id: 42n },
      take: 20,
    });
    const iso = sampleFilterOf(ZSampleQuery.parse({ from: "2026-11-30T22:01:00Z" }), startedAt);
    expect(iso.from).toEqual(new Date("2026-11-30T22:01:00Z"));
  });

  it("refuses a bad filter naming the field", () => {
    expect(issuesOf({ minMs: "fast" })).toEqual(['minMs: expected a response time in ms such as 250, got "fast"']);
    expect(issuesOf({ status: "abc" })).toEqual(['status: expected an HTTP status such as 500, got "abc"']);
    expect(issuesOf({ minMs: "300", maxMs: "200" })).toEqual(["maxMs: must not be below minMs"]);
    expect(issuesOf({ error: "teapot" })[0]).toMatch(/^error: /);
    expect(issuesOf({ status: "2xx" })[0]).toMatch(/^status: /);
    expect(issuesOf({ from: "yesterday" })[0]).toMatch(/^from: expected a second of the run/);
    expect(issuesOf({ cursor: "abc" })[0]).toMatch(/^cursor: not a cursor/);
    expect(issuesOf({ take: "0" })[0]).toMatch(/^take: /);
    expect(issuesOf({ sttaus: "500" }).join()).toContain("sttaus");
    expect(() => sampleFilterOf(ZSampleQuery.parse({ from: "20", to: "10" }), startedAt)).toThrow(BadRequestError);
  });
});

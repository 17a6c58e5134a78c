import { formatIssues } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { type z } from "zod";
import { parseRunListQuery, toRunFilter } from "./run-list-query";

describe("run list filters", () => {
  it("reads the URL's filters; empty ones mean any, unknown ones are ignored", () => {
    const query = parseRunListQuery(new URLSearchParams("status=FINISHED&trigger=&from=2026-11-01&to=2026-11-30&x=1"));
    expect(query).toEqual({ status: "FINISHED", from: "2026-11-01", to: "2026-11-30" });
    const filter = toRunFilter(query);
    expect(filter.createdFrom?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(filter.createdTo?.toISOString()).toBe("2026-11-30T23:59:59.999Z");
    expect(filter.trigger).toBeUndefined();
  });

  it("refuses a bad status or date, naming the parameter", () => {
    const issues = (query: string) => {
      try {
        parseRunListQuery(new URLSearchParams(query));
        return [];
      } catch (error) {
        return formatIssues(error as z.ZodError);
      }
    };
    expect(issues("status=DONE")[0]).toMatch(/^status: /);
    expect(issues("from=30/11/2026")).toEqual(["from: a date as YYYY-MM-DD"]);
    expect(issues("to=2026-02-31")).toEqual(["to: not a calendar date"]);
  });
});

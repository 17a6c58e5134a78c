import { describe, expect, it } from "vitest";
import { sampleFiltersFromSearch, sampleLink } from "./sample-link";

describe("sample links", () => {
  it("carry the filters in the run page's address and read them back", () => {
    const link = sampleLink("run 1", { kind: "failure", step: "Join activity", error: "auth" });
    expect(link).toBe("/runs/run%201?samples.kind=failure&samples.step=Join+activity&samples.error=auth#samples");
    const search = new URL(link, "http://console").searchParams;
    expect(sampleFiltersFromSearch(search)).toEqual({ kind: "failure", step: "Join activity", error: "auth" });
    expect(sampleFiltersFromSearch(new URLSearchParams("step=x&samples.bogus=1"))).toEqual({});
  });
});

import { describe, expect, it } from "vitest";
import { addRegion, regionTotal, removeRegion, renameRegion, setRegionPercent } from "./regions";

describe("region rows", () => {
  it("adds rows with what is left of 100%, under labels no other row has", () => {
    const one = addRegion(undefined);
    expect(one).toEqual({ local: 100 });
    const two = addRegion({ ...one, local: 60 });
    expect(two).toEqual({ local: 60, "region-2": 40 });
    expect(addRegion({ "region-2": 100 })).toEqual({ "region-2": 100, local: 0 });
    expect(Object.keys(addRegion({ local: 50, "region-3": 50 }))).toEqual(["local", "region-3", "region-4"]);
  });

  it("renames a row where it stands, and refuses a label another row has", () => {
    const renamed = renameRegion({ local: 60, "region-2": 40 }, 0, "eu");
    expect(renamed).toEqual({ ok: true, regions: { eu: 60, "region-2": 40 } });
    if (renamed.ok) expect(Object.keys(renamed.regions)).toEqual(["eu", "region-2"]);
    expect(renameRegion({ eu: 60, us: 40 }, 1, "eu")).toEqual({ ok: false, reason: "eu is listed already" });
    expect(renameRegion({ "": 60, us: 40 }, 1, "")).toEqual({ ok: false, reason: "name this region" });
  });

  it("sets a percent, totals what is filled in, and drops the split with its last row", () => {
    const regions = setRegionPercent({ eu: 60, us: 40 }, 1, Number.NaN);
    expect(regionTotal(regions)).toBe(60);
    expect(removeRegion(regions, 0)).toEqual({ us: Number.NaN });
    expect(removeRegion({ eu: 100 }, 0)).toBeUndefined();
  });
});

import { ZDataSourceBinding, type TDataSourceBinding } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { CsvError } from "./csv-table";
import { createDataFeeders, newVuDataState } from "./data-feeders";

const bind = (input: Partial<TDataSourceBinding> & { name: string }): TDataSourceBinding =>
  ZDataSourceBinding.parse(input);

const files = {
  "users.csv": "user,password\nu1,p1\nu2,p2\nu3,p3\n",
  "regions.csv": new TextEncoder().encode("north\nsouth\n"),
};

describe("createDataFeeders", () => {
  it("merges the parameters of every binding into one record per iteration", () => {
    const feeders = createDataFeeders(
      [bind({ name: "users.csv" }), bind({ name: "regions.csv", firstLineIsHeader: false })],
      files,
    );
    const vu = newVuDataState();
    expect(feeders.forIteration(vu)).toEqual({ user: "u1", password: "p1", col1: "north" });
    expect(feeders.forIteration(vu)).toEqual({ user: "u2", password: "p2", col1: "south" });
    expect(feeders.forIteration(vu)).toEqual({ user: "u3", password: "p3", col1: "north" });
  });

  it("gives no parameters, every iteration, when there are no bindings", () => {
    const feeders = createDataFeeders([], {});
    expect(feeders.forIteration(newVuDataState())).toEqual({});
    expect(feeders.describeTables()).toEqual([]);
  });

  it("advance vu: each VU keeps the row it first got for the whole run while other bindings advance", () => {
    const feeders = createDataFeeders(
      [
        bind({ name: "users.csv", advance: "vu", policy: "unique", onEnd: "stop" }),
        bind({ name: "regions.csv", firstLineIsHeader: false, columns: [{ column: "1", param: "region" }] }),
      ],
      files,
    );
    const a = newVuDataState();
    const b = newVuDataState();
    const seen = (vu: typeof a) => feeders.forIteration(vu);
    expect(seen(a)).toEqual({ user: "u1", password: "p1", region: "north" });
    expect(seen(b)).toEqual({ user: "u2", password: "p2", region: "south" });
    // Many more iterations than rows: unique + stop never runs out, because a VU takes only one row.
    for (let i = 0; i < 10; i++) {
      expect(seen(a)?.user).toBe("u1");
      expect(seen(b)?.user).toBe("u2");
    }
    expect(seen(a)?.region).toBe("north");
    // A third VU takes the last row; a fourth finds none and stops.
    expect(seen(newVuDataState())?.user).toBe("u3");
    expect(seen(newVuDataState())).toBeNull();
  });

  it("returns null once any binding is used up with onEnd stop", () => {
    const feeders = createDataFeeders(
      [bind({ name: "users.csv" }), bind({ name: "regions.csv", firstLineIsHeader: false, onEnd: "stop" })],
      files,
    );
    const vu = newVuDataState();
    expect(feeders.forIteration(vu)).not.toBeNull();
    expect(feeders.forIteration(vu)).not.toBeNull();
    expect(feeders.forIteration(vu)).toBeNull();
    expect(feeders.forIteration(newVuDataState())).toBeNull();
  });

  it("parses a file once for bindings that share it, each binding keeping its own cursor", () => {
    const feeders = createDataFeeders(
      [
        bind({ name: "users.csv", columns: [{ column: "user", param: "first" }] }),
        bind({ name: "users.csv", columns: [{ column: "user", param: "second" }], policy: "unique" }),
      ],
      files,
    );
    expect(feeders.describeTables()).toEqual([{ name: "users.csv", rows: 3, columns: ["user", "password"] }]);
    expect(feeders.forIteration(newVuDataState())).toEqual({ first: "u1", second: "u1" });
  });

  it("names the missing file and the files it was given", () => {
    expect(() => createDataFeeders([bind({ name: "token.csv" })], files)).toThrow(
      'data source "token.csv" has no file; files given: users.csv, regions.csv',
    );
    expect(() => createDataFeeders([bind({ name: "token.csv" })], {})).toThrow("files given: none");
  });

  it("refuses two bindings that set the same parameter", () => {
    const other = { "more.csv": "user\nx\n" };
    expect(() =>
      createDataFeeders([bind({ name: "users.csv" }), bind({ name: "more.csv" })], { ...files, ...other }),
    ).toThrow('parameter "user" comes from two data sources (users.csv and more.csv)');
  });

  it("passes on a bad file's CsvError and a bad mapping's error before any iteration", () => {
    expect(() => createDataFeeders([bind({ name: "bad.csv" })], { "bad.csv": "a,b\n1\n" })).toThrow(CsvError);
    expect(() =>
      createDataFeeders([bind({ name: "users.csv", columns: [{ column: "pass", param: "p" }] })], files),
    ).toThrow(/users\.csv: no column "pass"/);
  });
});

describe("data rows across load generators", () => {
  const csv = "user\nu0\nu1\nu2\nu3\nu4\n";
  const binding = (policy: "sequential" | "unique" | "random"): TDataSourceBinding =>
    ZDataSourceBinding.parse({ name: "users.csv", policy, onEnd: "stop" });

  it("splits unique rows between shards so no row is used twice in the run", () => {
    const taken = [0, 1].flatMap((index) => {
      const feeders = createDataFeeders([binding("unique")], { "users.csv": csv }, Math.random, { index, count: 2 });
      const vu = newVuDataState();
      const rows: string[] = [];
      for (let row = feeders.forIteration(vu); row; row = feeders.forIteration(vu)) rows.push(row.user!);
      return rows;
    });
    expect(taken.sort()).toEqual(["u0", "u1", "u2", "u3", "u4"]);
  });

  it("keeps random rows whole on every shard, and refuses a file with fewer rows than shards", () => {
    const feeders = createDataFeeders([binding("random")], { "users.csv": csv }, () => 0.99, { index: 1, count: 2 });
    expect(feeders.forIteration(newVuDataState())).toEqual({ user: "u4" });
    expect(() =>
      createDataFeeders([binding("unique")], { "users.csv": "user\nonly\n" }, Math.random, { index: 1, count: 2 }),
    ).toThrow(/fewer than the 2 load generators/);
  });
});

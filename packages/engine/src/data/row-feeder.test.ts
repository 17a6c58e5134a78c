import { describe, expect, it } from "vitest";
import { parseCsvTable } from "./csv-table";
import { createRowFeeder, type RowFeederBinding } from "./row-feeder";

const table = parseCsvTable("users.csv", "user,token,phone\nu1,t1,p1\nu2,t2,p2\nu3,t3,p3\n", {
  firstLineIsHeader: true,
});
const users = (feeder: { next(): Record<string, string> | undefined }, n: number) =>
  Array.from({ length: n }, () => feeder.next()?.user);

function binding(overrides: Partial<RowFeederBinding> = {}): RowFeederBinding {
  return { columns: [], policy: "sequential", onEnd: "recycle", ...overrides };
}

describe("createRowFeeder", () => {
  it("gives every column under its header name when no mapping is set", () => {
    expect(createRowFeeder(table, binding()).next()).toEqual({ user: "u1", token: "t1", phone: "p1" });
    const bare = parseCsvTable("b.csv", "x,y\n", { firstLineIsHeader: false });
    expect(createRowFeeder(bare, binding()).next()).toEqual({ col1: "x", col2: "y" });
  });

  it("maps columns by header name and by 1-based number", () => {
    const feeder = createRowFeeder(
      table,
      binding({
        columns: [
          { column: "token", param: "access_token" },
          { column: "3", param: "mobile" },
        ],
      }),
    );
    expect(feeder.params).toEqual(["access_token", "mobile"]);
    expect(feeder.next()).toEqual({ access_token: "t1", mobile: "p1" });
  });

  it("prefers a header name over a column number when a header is itself a number", () => {
    const numeric = parseCsvTable("n.csv", "2,1\na,b\n", { firstLineIsHeader: true });
    expect(createRowFeeder(numeric, binding({ columns: [{ column: "2", param: "p" }] })).next()).toEqual({ p: "a" });
  });

  it("refuses an unknown column or a number out of range, naming file, column and header", () => {
    expect(() => createRowFeeder(table, binding({ columns: [{ column: "usr", param: "u" }] }))).toThrow(
      'data source users.csv: no column "usr"; columns: user, token, phone (or a number 1-3)',
    );
    expect(() => createRowFeeder(table, binding({ columns: [{ column: "4", param: "u" }] }))).toThrow(
      /users\.csv: column 4 is out of range, the file has 3; columns: user, token, phone/,
    );
    expect(() => createRowFeeder(table, binding({ columns: [{ column: "0", param: "u" }] }))).toThrow(/no column "0"/);
  });

  it("sequential: one cursor shared by every caller, wrapping when onEnd is recycle", () => {
    const feeder = createRowFeeder(table, binding());
    // Two "VUs" taking turns see consecutive rows, not each their own pass over the file.
    const seen: Record<string, (string | undefined)[]> = { a: [], b: [] };
    for (let i = 0; i < 3; i++) for (const vu of ["a", "b"]) seen[vu]!.push(feeder.next()?.user);
    expect(seen).toEqual({ a: ["u1", "u3", "u2"], b: ["u2", "u1", "u3"] });
  });

  it("sequential with onEnd stop runs out after the last row and stays out", () => {
    const feeder = createRowFeeder(table, binding({ onEnd: "stop" }));
    expect(users(feeder, 5)).toEqual(["u1", "u2", "u3", undefined, undefined]);
  });

  it("unique: every row once per pass; stop exhausts, recycle starts a new pass", () => {
    const stop = createRowFeeder(table, binding({ policy: "unique", onEnd: "stop" }));
    const first = users(stop, 3);
    expect(new Set(first).size).toBe(3);
    expect(stop.next()).toBeUndefined();

    const recycle = createRowFeeder(table, binding({ policy: "unique", onEnd: "recycle" }));
    const passes = users(recycle, 9);
    for (let p = 0; p < 3; p++) expect(new Set(passes.slice(p * 3, p * 3 + 3))).toEqual(new Set(["u1", "u2", "u3"]));
  });

  it("random: a uniform row per call that never runs out, even with onEnd stop", () => {
    const feeder = createRowFeeder(table, binding({ policy: "random", onEnd: "stop" }));
    const counts: Record<string, number> = {};
    const draws = 30_000;
    for (let i = 0; i < draws; i++) {
      const user = feeder.next()!.user!;
      counts[user] = (counts[user] ?? 0) + 1;
    }
    expect(Object.keys(counts).sort()).toEqual(["u1", "u2", "u3"]);
    // 10,000 expected each; the standard deviation is about 82, so ±600 cannot fail by chance.
    for (const n of Object.values(counts)) expect(Math.abs(n - draws / 3)).toBeLessThan(600);
  });

  it("random: maps the injected random number onto rows, the top end included", () => {
    const values = [0, 0.34, 0.67, 0.9999999999];
    const feeder = createRowFeeder(table, binding({ policy: "random" }), () => values.shift()!);
    expect(users(feeder, 4)).toEqual(["u1", "u2", "u3", "u3"]);
  });

  it("hands out fresh records, so a caller changing one does not change the table", () => {
    const feeder = createRowFeeder(table, binding());
    const row = feeder.next()!;
    row.user = "changed";
    expect(table.rows[0]).toEqual(["u1", "t1", "p1"]);
  });
});

import { describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("says yes for a server nobody listens on", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const db = createPrismaClient("postgresql://postgres@127.0.0.1:1/none");
    const error = await db.run.findMany().catch((e: unknown) => e);
    await db.$disconnect();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("says yes for a server shutting down, no for a query the server refused", () => {
    const shutdown = { name: "DriverAdapterError", cause: { kind: "postgres", originalCode: "57P01" } };
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    const unique = { code: "P2002", message: "Unique constraint failed on the fields: (`id`)" };
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});

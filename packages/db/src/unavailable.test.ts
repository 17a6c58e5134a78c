import { describe, expect, it } from "vitest";
import { Prisma } from "./generated/prisma/client";
import { isDatabaseUnavailable } from "./unavailable";

function prismaError(code: string, meta?: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "6.19.3", meta });
}

describe("isDatabaseUnavailable", () => {
  it("recognises Postgres down, as Prisma over the pg adapter reports it", () => {
    const unreachable = { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", port: 5432 } };
    expect(isDatabaseUnavailable(prismaError("P1001", { driverAdapterError: unreachable }))).toBe(true);
    // A raw query reports it under a generic code; the adapter's cause still says what happened.
    expect(isDatabaseUnavailable(prismaError("P2010", { driverAdapterError: unreachable }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P1017"))).toBe(true);
  });

  it("recognises a server shutting down under a query, and a dropped socket", () => {
    const shutdown = { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P01" } };
    expect(isDatabaseUnavailable(prismaError("P2010", { driverAdapterError: shutdown }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("does not take a refused query or a bug for an outage", () => {
    expect(isDatabaseUnavailable(prismaError("P2002", { target: ["id"] }))).toBe(false);
    const syntax = { name: "DriverAdapterError", cause: { kind: "postgres", code: "42601" } };
    expect(isDatabaseUnavailable(prismaError("P2010", { driverAdapterError: syntax }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

import { ConflictError, Prisma } from "@stampede/db";
import { RunInputError, UnavailableError } from "@stampede/runs";
import { describe, expect, it } from "vitest";
import { errorResponse } from "./errors";

async function answer(error: unknown) {
  const response = errorResponse(error);
  const retryAfter = response.headers.get("Retry-After");
  return { status: response.status, body: await response.json(), ...(retryAfter ? { retryAfter } : {}) };
}

describe("errorResponse for the run lifecycle's errors", () => {
  it("answers 400 under `body` when a run cannot be started as asked", async () => {
    expect(await answer(new RunInputError("this scenario has no saved load settings"))).toEqual({
      status: 400,
      body: { error: "invalid request", issues: ["body: this scenario has no saved load settings"] },
    });
  });

  it("answers 400 with the issues themselves when they name their fields (a URL outside the allowlist)", async () => {
    const issue = "scenario.spec.flows.0.steps.1.url: host evil.example.com is not in this project's target allowlist";
    expect(await answer(new RunInputError(issue, [issue]))).toEqual({
      status: 400,
      body: { error: "invalid request", issues: [issue] },
    });
  });

  it("answers 503 naming Redis, with a retry hint, when Redis did not answer; 409 on a state conflict", async () => {
    expect(await answer(new UnavailableError("Redis did not answer within 5 s"))).toEqual({
      status: 503,
      body: {
        error: "Redis is unavailable (Redis did not answer within 5 s); try again in 5 s",
        service: "redis",
        retryAfterSeconds: 5,
      },
      retryAfter: "5",
    });
    expect((await answer(new ConflictError("run r is QUEUED"))).status).toBe(409);
  });
});

describe("errorResponse while a service is down", () => {
  it("answers 503 naming Postgres when Prisma cannot reach it, never 500", async () => {
    const down = new Prisma.PrismaClientKnownRequestError("Can't reach database server", {
      code: "P1001",
      clientVersion: "6.19.3",
      meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
    });
    expect(await answer(down)).toEqual({
      status: 503,
      body: { error: "Postgres is unavailable; try again in 5 s", service: "postgres", retryAfterSeconds: 5 },
      retryAfter: "5",
    });
  });

  it("answers 503 naming Redis when ioredis gave up on a command or lost its connection", async () => {
    const gaveUp = Object.assign(new Error("Reached the max retries per request limit"), {
      name: "MaxRetriesPerRequestError",
    });
    expect((await answer(gaveUp)).body.service).toBe("redis");
    expect((await answer(new Error("Connection is closed."))).body.service).toBe("redis");
  });

  it("still answers 500 for an error that is no outage", async () => {
    const log = console.error;
    console.error = () => {};
    try {
      expect((await answer(new TypeError("x is undefined"))).status).toBe(500);
    } finally {
      console.error = log;
    }
  });
});

import { ConflictError } from "@stampede/db";
import { RunInputError, UnavailableError } from "@stampede/runs";
import { describe, expect, it } from "vitest";
import { errorResponse } from "./errors";

async function answer(error: unknown) {
  const response = errorResponse(error);
  return { status: response.status, body: await response.json() };
}

describe("errorResponse for the run lifecycle's errors", () => {
  it("answers 400 under `body` when a run cannot be started as asked", async () => {
    expect(await answer(new RunInputError("this scenario has no saved load settings"))).toEqual({
      status: 400,
      body: { error: "invalid request", issues: ["body: this scenario has no saved load settings"] },
    });
  });

  it("answers 503 when Redis did not answer, and 409 on a state conflict", async () => {
    expect(await answer(new UnavailableError("Redis did not answer within 5 s"))).toEqual({
      status: 503,
      body: { error: "Redis did not answer within 5 s" },
    });
    expect((await answer(new ConflictError("run r is QUEUED"))).status).toBe(409);
  });
});

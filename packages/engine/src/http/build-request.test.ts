import { ZHttpStep } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { compileHttpStep } from "../compile/compile-http-step";
import { buildRequest } from "./build-request";

/** The User-Agent values of a wire header list (name, value, name, value, ...). */
function agentsOf(headers: string[]): string[] {
  return headers.flatMap((h, i) => (i % 2 === 0 && h.toLowerCase() === "user-agent" ? [headers[i + 1]!] : []));
}

function wireHeaders(headers: { name: string; value: string }[]): string[] {
  const step = compileHttpStep(ZHttpStep.parse({ type: "http", name: "s", url: "http://127.0.0.1:9/x", headers }), "s");
  return buildRequest(step, {}, false).headers;
}

describe("the User-Agent a request carries", () => {
  it("is Stampede's own when the step names none", () => {
    const headers = wireHeaders([{ name: "accept", value: "*/*" }]);
    expect(agentsOf(headers)).toEqual(["stampede/0.1"]);
  });

  it("is the step's own, alone, when the step names one (a recorded client's)", () => {
    const headers = wireHeaders([{ name: "User-Agent", value: "MicroMessenger/8.0" }]);
    expect(agentsOf(headers)).toEqual(["MicroMessenger/8.0"]);
  });
});

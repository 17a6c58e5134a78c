import { describe, expect, it } from "vitest";
import { type TScenarioSpecInput, ZScenarioSpec } from "../scenario";
import { findBlockedUrls } from "./blocked-urls";
import { TargetAllowlist } from "./target-allowlist";

const allowlist = new TargetAllowlist(["127.0.0.0/8", "localhost", "api.example.com"]);

function spec(input: Partial<TScenarioSpecInput>) {
  return ZScenarioSpec.parse({
    flows: [
      {
        name: "main",
        steps: [
          { type: "http", name: "ok", url: "http://127.0.0.1:4010/a" },
          { type: "http", name: "evil", url: "https://evil.example.com/steal" },
        ],
      },
    ],
    ...input,
  });
}

describe("findBlockedUrls", () => {
  it("names each literal URL outside the allowlist with its field path", () => {
    const blocked = findBlockedUrls(spec({}), allowlist, "this project's");
    expect(blocked).toEqual([
      {
        path: ["flows", 0, "steps", 1, "url"],
        url: "https://evil.example.com/steal",
        message: "host evil.example.com is not in this project's target allowlist",
      },
    ]);
  });

  it("checks hosts made by globals, and leaves hosts known only at run time to the engine", () => {
    const blocked = findBlockedUrls(
      spec({
        globals: [
          { name: "base", value: "http://blocked.invalid" },
          { name: "good", value: "https://api.example.com" },
        ],
        flows: [
          {
            name: "main",
            steps: [
              { type: "http", name: "by global", url: "${base}/x" },
              { type: "http", name: "good global", url: "${ good }/x/${id}" },
              { type: "http", name: "from data", url: "${host_from_csv}/x" },
              { type: "http", name: "sub", url: "http://${tenant}.example.com/" },
            ],
          },
        ],
      }),
      allowlist,
    );
    expect(blocked.map((b) => [b.path.join("."), b.message])).toEqual([
      ["flows.0.steps.0.url", "host blocked.invalid is not in the target allowlist"],
    ]);
  });

  it("checks the token provider's request and disabled steps", () => {
    const blocked = findBlockedUrls(
      spec({
        tokenProvider: { request: { url: "http://169.254.169.254/latest/meta-data/iam" } } as never,
        flows: [
          { name: "main", steps: [{ type: "http", name: "off", url: "http://evil.example.com/", enabled: false }] },
        ],
      }),
      allowlist,
    );
    expect(blocked.map((b) => b.path.join("."))).toEqual(["flows.0.steps.0.url", "tokenProvider.request.url"]);
    expect(blocked[1]!.message).toMatch(/cloud metadata service/);
  });
});

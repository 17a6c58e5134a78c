import type { TLoadConfigInput } from "./load";
import type { TScenarioSpecInput } from "./scenario";

export const DEMO_SCENARIO_NAME = "Demo: token + activity";

/**
 * The seeded demo: PTS's first token method against the demo target. Each iteration fetches an access
 * token (WeChat's `/cgi-bin/token`), keeps `access_token` as an output parameter, and posts it in the
 * body of the business API as `input_token`.
 */
export function demoScenarioSpec(targetUrl: string): TScenarioSpecInput {
  const base = targetUrl.replace(/\/$/, "");
  return {
    globals: [
      { name: "appid", value: "wx-demo-app" },
      { name: "secret", value: "demo-secret" },
    ],
    flows: [
      {
        name: "Join activity",
        steps: [
          {
            type: "http",
            name: "Get access token",
            method: "GET",
            url: `${base}/cgi-bin/token`,
            query: [
              { name: "grant_type", value: "client_credential" },
              { name: "appid", value: "${appid}" },
              { name: "secret", value: "${secret}" },
            ],
            outputs: [{ name: "access_token", source: "body-json", expression: "access_token" }],
          },
          {
            type: "http",
            name: "Join activity",
            method: "POST",
            url: `${base}/api/activity`,
            body: { type: "json", json: '{"input_token":"${access_token}","activity_id":"A-1001"}' },
          },
        ],
      },
    ],
  };
}

export const DEMO_LOAD: TLoadConfigInput = { mode: "concurrency", vus: 10, durationSeconds: 30, rampUpSeconds: 0 };

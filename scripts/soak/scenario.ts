// The soak's scenario: the demo target's token flow with the token provider (one token shared by every VU of
// both generators, refreshed before it expires and once on a 401), then the business API with that token.
import type { TScenarioSpecInput } from "@stampede/contracts";

export function soakScenario(targetUrl: string): TScenarioSpecInput {
  return {
    tokenProvider: {
      request: {
        method: "GET",
        url: `${targetUrl}/cgi-bin/token`,
        query: [
          { name: "grant_type", value: "client_credential" },
          { name: "appid", value: "wx-demo-app" },
          { name: "secret", value: "demo-secret" },
        ],
      },
      refreshMarginSeconds: 1,
    },
    flows: [
      {
        name: "Join activity",
        steps: [
          {
            type: "http",
            name: "Join activity",
            method: "POST",
            url: `${targetUrl}/api/activity`,
            body: { type: "json", json: '{"input_token":"${access_token}","activity_id":"A-1001"}' },
          },
        ],
      },
    ],
  };
}

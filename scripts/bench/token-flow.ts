// The demo's two-step flow as the hand-written undici baselines send it: the same requests
// demoScenarioSpec() makes the engine send.

export const TOKEN_PATH = "/cgi-bin/token?grant_type=client_credential&appid=wx-demo-app&secret=demo-secret";
export const ACTIVITY_PATH = "/api/activity";

/** The business call's JSON body, carrying the token the first step returned. */
export const activityBody = (token: string) => JSON.stringify({ input_token: token, activity_id: "A-1001" });

/** `access_token` from the token step's JSON body, or undefined when there is none. */
export function accessTokenOf(body: string): string | undefined {
  const token = (JSON.parse(body) as { access_token?: unknown }).access_token;
  return typeof token === "string" ? token : undefined;
}

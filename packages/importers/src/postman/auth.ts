import type { TKeyValue } from "@stampede/contracts";
import type { RequestAuth } from "postman-collection";
import { toTemplate } from "./variables";

/** What an auth definition adds to a request, or why it could not be carried over. */
export type AuthRows = { headers: TKeyValue[]; query: TKeyValue[]; note?: string };

/** A template argument with its commas escaped (template functions split their arguments on commas). */
const arg = (text: string) => text.replace(/,/g, "\\,");

/** The auth's parameters as a name → value map; v2.0 files give an object, v2.1 files a key/value list. */
function params(auth: RequestAuth): Map<string, string> {
  const out = new Map<string, string>();
  auth.parameters()?.each((v) => {
    if (v.key) out.set(v.key, v.value === undefined || v.value === null ? "" : String(v.value));
  });
  return out;
}

/** Bearer, basic and API-key auth (the item's own, or inherited from its folder or the collection) → headers or query. */
export function authRows(auth: RequestAuth | undefined, unknown: Set<string>): AuthRows {
  const none: AuthRows = { headers: [], query: [] };
  if (!auth || auth.type === "noauth") return none;
  const p = params(auth);
  const t = (name: string) => toTemplate(p.get(name) ?? "", unknown);
  switch (auth.type) {
    case "bearer":
      return { headers: [{ name: "Authorization", value: `Bearer ${t("token")}` }], query: [] };
    case "oauth2":
      // The token request itself is not imported; the token it got is sent as a bearer token.
      return {
        headers: [{ name: "Authorization", value: `Bearer ${t("accessToken") || "${access_token}"}` }],
        query: [],
        note: "OAuth 2.0 token request not imported; the access token is sent as a bearer token",
      };
    case "basic": {
      const pair = `${t("username")}:${t("password")}`;
      const value = pair.includes("${")
        ? `Basic \${__base64(${arg(pair)})}`
        : `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
      return { headers: [{ name: "Authorization", value }], query: [] };
    }
    case "apikey": {
      const row = { name: t("key") || "api_key", value: t("value") };
      return p.get("in") === "query" ? { headers: [], query: [row] } : { headers: [row], query: [] };
    }
    default:
      return { ...none, note: `${auth.type} auth is not imported` };
  }
}

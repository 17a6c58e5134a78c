import type { IncomingHttpHeaders } from "node:http";
import type { TokenStore } from "./token-store";
import { WX_TOKEN_EXPIRED, WX_TOKEN_INVALID, WX_TOKEN_MISSING, type WxError } from "./wx-errors";

/** Who a token belongs to, or the WeChat error to answer with. */
export type AuthResult = { ok: true; appid: string } | { ok: false; error: WxError };

export function authenticate(token: string | undefined, store: TokenStore): AuthResult {
  if (token === undefined) return { ok: false, error: WX_TOKEN_MISSING };
  const check = store.check(token);
  if (check.ok) return { ok: true, appid: check.appid };
  return { ok: false, error: check.reason === "expired" ? WX_TOKEN_EXPIRED : WX_TOKEN_INVALID };
}

/** `Authorization: Bearer <t>` first, then `X-Access-Token`. */
export function headerToken(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return match[1];
  }
  const header = headers["x-access-token"];
  const value = Array.isArray(header) ? header[0] : header;
  return value ? value.trim() || undefined : undefined;
}

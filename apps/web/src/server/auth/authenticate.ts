import { findLiveApiKey, touchApiKey } from "@stampede/db";
import { getDb } from "@/lib/db";
import { UnauthorizedError } from "@/server/http/errors";
import type { Actor } from "./actor";
import { getAuth } from "./auth-library";

/** lastUsedAt is written at most this often per key, so a busy CI key does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

/** The actor a request's credentials name: `Authorization: Bearer <key>` first, else the session cookie. */
export async function authenticate(request: Request): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  if (authorization) return authenticateKey(authorization);
  const session = await getAuth().api.getSession({ headers: request.headers });
  if (!session) throw new UnauthorizedError("log in, or send an API key as Authorization: Bearer <key>");
  const { user } = session;
  return { kind: "user", id: user.id, userId: user.id, label: user.email, email: user.email };
}

async function authenticateKey(authorization: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new UnauthorizedError("Authorization: expected 'Bearer <API key>'");
  const db = getDb();
  const now = new Date();
  const key = await findLiveApiKey(db, match[1]!, now);
  if (!key) throw new UnauthorizedError("the API key is unknown, revoked or expired");
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    touchApiKey(db, key.id, now).catch(() => undefined); // bookkeeping: never fail a request for it
  }
  return {
    kind: "key",
    id: key.id,
    keyId: key.id,
    label: `key ${key.name}`,
    projectId: key.projectId,
    scope: key.scope,
  };
}

/** The signed-in user, or null; for pages, which redirect rather than answer 401. */
export async function findSessionUser(headers: Headers) {
  const session = await getAuth().api.getSession({ headers });
  return session?.user ?? null;
}

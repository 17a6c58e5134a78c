import { describe, expect, it } from "vitest";
import { TokenStore } from "./token-store";

function storeAt(start = 1_000_000) {
  const clock = { now: start };
  const store = new TokenStore({ ttlSeconds: 100, graceSeconds: 10, now: () => clock.now });
  return { store, advance: (ms: number) => (clock.now += ms) };
}

describe("TokenStore", () => {
  it("issues distinct random hex tokens with the ttl as expires_in", () => {
    const { store } = storeAt();
    const a = store.issue("app");
    const b = store.issue("app");
    expect(a.access_token).toMatch(/^[0-9a-f]{32,}$/);
    expect(a.access_token).not.toBe(b.access_token);
    expect(a.expires_in).toBe(100);
    expect(store.check(b.access_token)).toEqual({ ok: true, appid: "app" });
  });

  it("expires a token exactly at issuedAt + ttl", () => {
    const { store, advance } = storeAt();
    const { access_token } = store.issue("app");
    advance(99_999);
    expect(store.check(access_token).ok).toBe(true);
    advance(1);
    expect(store.check(access_token)).toEqual({ ok: false, reason: "expired" });
  });

  it("keeps the previous token for the grace period after a new issue, then reports it not latest", () => {
    const { store, advance } = storeAt();
    const first = store.issue("app").access_token;
    advance(5_000);
    const second = store.issue("app").access_token;
    advance(9_999);
    expect(store.check(first).ok).toBe(true);
    advance(1);
    expect(store.check(first)).toEqual({ ok: false, reason: "invalid" });
    expect(store.check(second).ok).toBe(true);
  });

  it("invalidates tokens older than the previous one at once", () => {
    const { store } = storeAt();
    const first = store.issue("app").access_token;
    const second = store.issue("app").access_token;
    store.issue("app");
    expect(store.check(first)).toEqual({ ok: false, reason: "invalid" });
    expect(store.check(second).ok).toBe(true);
  });

  it("lets a previous token run out at its own expiry when that comes before the grace ends", () => {
    const { store, advance } = storeAt();
    const first = store.issue("app").access_token;
    advance(95_000);
    store.issue("app");
    advance(5_000);
    expect(store.check(first)).toEqual({ ok: false, reason: "expired" });
  });

  it("rotates each appid independently and rejects unknown tokens", () => {
    const { store } = storeAt();
    const a1 = store.issue("a").access_token;
    store.issue("b");
    store.issue("b");
    store.issue("b");
    expect(store.check(a1)).toEqual({ ok: true, appid: "a" });
    expect(store.check("f".repeat(40))).toEqual({ ok: false, reason: "invalid" });
  });
});

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

  it("gives every replaced token its own grace period, counted from when it was replaced", () => {
    const { store, advance } = storeAt();
    const first = store.issue("app").access_token;
    advance(4_000);
    const second = store.issue("app").access_token; // first: valid until +10s from now
    advance(4_000);
    store.issue("app"); // second: valid until +10s from now; a third issue does not cut first short
    expect(store.check(first).ok).toBe(true);
    advance(6_000);
    expect(store.check(first)).toEqual({ ok: false, reason: "invalid" });
    expect(store.check(second).ok).toBe(true);
    advance(4_000);
    expect(store.check(second)).toEqual({ ok: false, reason: "invalid" });
  });

  it("forgets dead tokens after a minute, so memory stays bounded under a token storm", () => {
    const { store, advance } = storeAt();
    const first = store.issue("app").access_token;
    store.issue("app");
    advance(75_000);
    store.issue("app"); // prunes what died more than a minute ago
    expect(store.check(first)).toEqual({ ok: false, reason: "invalid" });
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

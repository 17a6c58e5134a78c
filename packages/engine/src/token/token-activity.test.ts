import { describe, expect, it } from "vitest";
import { VirtualClock } from "../test-support/virtual-clock";
import type { CompiledTokenProvider } from "./compile-token-provider";
import { TokenProvider } from "./token-provider";
import { type FreshToken, MemoryTokenStore } from "./token-store";

/** A provider whose tokens live 10 s and are refreshed from 8 s on; `fail` makes the next fetch fail. */
function provider(clock: VirtualClock) {
  let issued = 0;
  const state = { fail: false };
  const fetchToken = async (): Promise<FreshToken> => {
    if (state.fail) throw new Error("token request failed: http_5xx (status 500)");
    const now = clock.now();
    return { value: `token-${++issued}`, fetchedAtMs: now, expiresAtMs: now + 10_000, refreshAtMs: now + 8_000 };
  };
  const compiled = { param: "access_token" } as CompiledTokenProvider;
  return { tokens: new TokenProvider(compiled, new MemoryTokenStore(), fetchToken, clock), state };
}

describe("counting what the token provider does", () => {
  it("counts the first fetch, refreshes ahead of expiry and on rejection, errors, and the token's age per second", async () => {
    const clock = new VirtualClock();
    const { tokens, state } = provider(clock);

    // Second 0: the first token, shared by three concurrent callers (one fetch).
    await Promise.all([tokens.get(), tokens.get(), tokens.get()]);
    await clock.advance(1000);
    expect(tokens.cutActivity()).toEqual({
      fetches: 1,
      refreshesAhead: 0,
      refreshesOnRejection: 0,
      errors: 0,
      ageSeconds: 1,
    });

    // Past the refresh time, before expiry: a refresh ahead of expiry.
    await clock.advance(7500);
    expect(await tokens.get()).toBe("token-2");
    await clock.advance(500);
    expect(tokens.cutActivity()).toMatchObject({ fetches: 1, refreshesAhead: 1, ageSeconds: 0.5 });

    // The API refuses the token: one refresh, however many callers saw the rejection.
    await Promise.all([tokens.rejected("token-2"), tokens.rejected("token-2")]);
    await tokens.rejected("token-2"); // already replaced: nothing more
    expect(tokens.cutActivity()).toMatchObject({ fetches: 1, refreshesOnRejection: 1, refreshesAhead: 0 });

    // A refused refresh that fails: a fetch and an error; the old token stays in use meanwhile.
    state.fail = true;
    await tokens.rejected("token-3");
    expect(tokens.cutActivity()).toMatchObject({ fetches: 1, refreshesOnRejection: 1, errors: 1, ageSeconds: 0 });

    // A quiet second says so.
    expect(tokens.cutActivity()).toEqual({
      fetches: 0,
      refreshesAhead: 0,
      refreshesOnRejection: 0,
      errors: 0,
      ageSeconds: 0,
    });
  });

  it("reports no age before there is a token", () => {
    const { tokens } = provider(new VirtualClock());
    expect(tokens.cutActivity().ageSeconds).toBeNull();
  });
});

import { MAX_FREEZE_MS } from "../freeze";
import { httpError, json } from "../reply";
import type { Route } from "../route";

/** Control routes live under /__ so the pipeline can skip counting, latency and freezing for them. */
export const CONTROL_PREFIX = "/__";

export const statsRoute: Route = {
  method: "GET",
  path: "/__stats",
  handle: (_req, deps) => json(200, deps.stats.snapshot()),
};

export const resetStatsRoute: Route = {
  method: "POST",
  path: "/__stats/reset",
  handle(_req, deps) {
    deps.stats.reset();
    return json(200, { errcode: 0, errmsg: "ok" });
  },
};

export const freezeRoute: Route = {
  method: "POST",
  path: "/__control/freeze",
  handle(req, deps) {
    const raw = req.query.get("ms") ?? "";
    if (!/^\d{1,9}$/.test(raw)) return httpError(400, `ms must be a whole number of milliseconds, got "${raw}"`);
    const frozenForMs = Math.min(Number(raw), MAX_FREEZE_MS);
    const frozenUntil = deps.freeze.freezeFor(frozenForMs);
    return json(200, { errcode: 0, errmsg: "ok", frozenForMs, frozenUntil: frozenUntil.toISOString() });
  },
};

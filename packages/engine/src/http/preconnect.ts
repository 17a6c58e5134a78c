import { type TLoadConfig, vuSchedule } from "@stampede/contracts";
import type { CompiledScenario } from "../compile/compile-scenario";
import { splitUrl } from "./build-request";
import { urlProblem } from "./validate-request";
import type { TargetGuard } from "./target-guard";
import type { WarmConnector } from "./warm-connector";

/** More than this many sockets per origin are opened on demand, as the run goes. */
const MAX_WARM = 2000;

/**
 * Opens, before the start, the connections the run's first moments will need: one per starting VU in
 * concurrency mode; in TPS mode one per VU up to max VUs. A TPS start is bursty — one slow first answer or
 * late tick and every due iteration takes a VU at once — and a VU without a connection opens one in the
 * middle of the burst (at 20k/s, 1000 connections opened ahead instead of 404 cut the first second's
 * dropped iterations by about a third). Only origins known before the run qualify: URLs without
 * parameters, or with globals nothing in the run changes.
 */
export async function preconnect(
  connector: WarmConnector,
  scenario: CompiledScenario,
  load: TLoadConfig,
  targets?: TargetGuard,
) {
  const initial = load.mode === "rate" ? load.maxVus : vuSchedule(load)(0);
  const count = Math.min(MAX_WARM, initial);
  const origins = new Set<string>();
  const requests = [
    ...scenario.flows.flatMap((f) => f.steps.filter((s) => s.kind === "http")),
    ...(scenario.tokenProvider ? [scenario.tokenProvider.request] : []),
  ];
  for (const request of requests) {
    if (!request.url.constant) continue;
    const url = splitUrl(request.url.render({}));
    // A host outside the allowlist gets no connection either: its requests are never sent.
    if (url && urlProblem(url) === undefined && targets?.refusal(url.origin) === undefined) origins.add(url.origin);
  }
  await Promise.all([...origins].map((origin) => connector.preconnect(origin, count)));
}

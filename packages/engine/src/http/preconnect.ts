import type { TLoadConfig } from "@stampede/contracts";
import type { CompiledScenario } from "../compile/compile-scenario";
import { vuSchedule } from "../executors/schedule";
import { splitUrl } from "./build-request";
import type { WarmConnector } from "./warm-connector";

/** More than this many sockets per origin are opened on demand, as the run goes. */
const MAX_WARM = 500;

/**
 * Opens, before the start, the connections the run's first moments will need: one per starting VU in
 * concurrency mode; in TPS mode enough for a cold start at the initial rate (a fiftieth of a second's
 * arrivals), capped by max VUs. Only origins known before the run qualify: URLs without parameters, or
 * with globals nothing in the run changes.
 */
export async function preconnect(connector: WarmConnector, scenario: CompiledScenario, load: TLoadConfig) {
  const initial =
    load.mode === "rate"
      ? Math.min(
          load.maxVus,
          Math.ceil((load.stages ? load.stages[0]!.target : (load.startRate ?? load.targetRate)) / 50) + 4,
        )
      : vuSchedule(load)(0);
  const count = Math.min(MAX_WARM, initial);
  const origins = new Set<string>();
  const requests = [
    ...scenario.flows.flatMap((f) => f.steps.filter((s) => s.kind === "http")),
    ...(scenario.tokenProvider ? [scenario.tokenProvider.request] : []),
  ];
  for (const request of requests) {
    if (!request.url.constant) continue;
    const url = splitUrl(request.url.render({}));
    if (url) origins.add(url.origin);
  }
  await Promise.all([...origins].map((origin) => connector.preconnect(origin, count)));
}

import type { CompiledFlow, CompiledScenario } from "./compile/compile-scenario";
import { newVuDataState } from "./data/data-feeders";
import { CookieJar } from "./http/cookie-jar";
import { newVuLatencyCorrection } from "./metrics/latency-correction";
import type { VirtualUser } from "./run-context";

/** A new VU on `flow`: the scenario's globals as its parameters, its own cookie jar, data state and CO state. */
export function newVirtualUser(index: number, flow: CompiledFlow, scenario: CompiledScenario): VirtualUser {
  return {
    index,
    flow,
    params: { ...scenario.globals },
    jar: scenario.cookies ? new CookieJar() : undefined,
    data: newVuDataState(),
    connection: undefined,
    correction: newVuLatencyCorrection(),
  };
}

import {
  type TLoadConfigInput,
  type TScenarioSpecInput,
  type TShardFrame,
  ZLoadConfig,
  ZScenarioSpec,
} from "@stampede/contracts";
import { runLoad } from "../run-load";
import type { RunLoadOptions } from "../types";

/** Runs a scenario with the engine and keeps every frame, for tests. */
export async function runScenario(
  scenario: TScenarioSpecInput,
  load: TLoadConfigInput,
  extra: Partial<Pick<RunLoadOptions, "signal" | "tokenStore" | "control" | "onStart">> & {
    data?: Record<string, string>;
  } = {},
) {
  const frames: TShardFrame[] = [];
  const summary = await runLoad({
    plan: { scenario: ZScenarioSpec.parse(scenario), load: ZLoadConfig.parse(load) as never, data: extra.data },
    sink: { frame: (f) => frames.push(f) },
    signal: extra.signal,
    tokenStore: extra.tokenStore,
    control: extra.control,
    onStart: extra.onStart,
  });
  const step = (name: string) => summary.steps.find((s) => s.step === name);
  return { frames, summary, step };
}

import {
  type TLoadConfigInput,
  type TScenarioSpecInput,
  type TShardFrame,
  ZLoadConfig,
  ZScenarioSpec,
} from "@stampede/contracts";
import { runLoad } from "../run-load";
import type { LoadControl } from "../types";
import { type StubAnswer, StubTarget } from "./stub-target";
import { VirtualClock } from "./virtual-clock";

/** What else a virtual run does: abort `stopAtMs` after its start, take speed changes, run `at.fn` `at.ms` in. */
export interface VirtualRunOptions {
  stopAtMs?: number;
  control?: LoadControl;
  at?: { ms: number; fn: () => void };
}

/**
 * Runs the engine in virtual time against a stub target that answers by the ms since the run's start, for
 * exact engine tests; keeps every frame.
 */
export async function runVirtual(
  scenario: TScenarioSpecInput,
  load: TLoadConfigInput,
  answer: (path: string, elapsedMs: number) => StubAnswer,
  options: VirtualRunOptions = {},
) {
  const clock = new VirtualClock();
  let startedAtMs = Number.NaN;
  const target = new StubTarget(clock, (path, nowMs) => answer(path, nowMs - startedAtMs));
  const controller = new AbortController();
  const frames: TShardFrame[] = [];
  const summary = await clock.runUntil(
    runLoad({
      plan: { scenario: ZScenarioSpec.parse(scenario), load: ZLoadConfig.parse(load) },
      sink: { frame: (f) => frames.push(f) },
      clock,
      dispatcher: target.dispatcher,
      warmUp: false,
      signal: controller.signal,
      control: options.control,
      onStart: (at) => {
        startedAtMs = at;
        if (options.stopAtMs !== undefined) clock.setTimeout(() => controller.abort(), options.stopAtMs);
        if (options.at) clock.setTimeout(options.at.fn, options.at.ms);
      },
    }),
  );
  return { summary, frames, target, startedAtMs, endedAfterMs: clock.now() - startedAtMs };
}

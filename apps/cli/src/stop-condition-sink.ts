import type { TLoadConfig, TShardFrame, TStopCondition } from "@stampede/contracts";
import type { MetricsSink } from "@stampede/engine";
import { type FiredStopCondition, StopConditionWatch, stopWatchOptionsFor } from "@stampede/metrics";

/**
 * Checks the scenario's stop conditions on every frame the engine reports, as the console's controller does
 * on every merged second: a fired `warn` rule is printed, a fired `stop` rule is printed and ends the run.
 */
export class StopConditionSink implements MetricsSink {
  private readonly watch: StopConditionWatch | undefined;
  /** The stop rule that ended the run, if one did. */
  stoppedBy: FiredStopCondition | undefined;

  constructor(
    private readonly inner: MetricsSink,
    rules: readonly TStopCondition[] | undefined,
    load: TLoadConfig,
    private readonly on: { note(text: string): void; stop(): void },
  ) {
    this.watch = rules?.length ? new StopConditionWatch(rules, stopWatchOptionsFor(load)) : undefined;
    if (inner.sample) this.sample = (s) => inner.sample?.(s);
  }

  sample?: MetricsSink["sample"];

  frame(frame: TShardFrame): void {
    this.inner.frame(frame);
    if (!this.watch || this.stoppedBy) return;
    const fired = this.watch.add({
      second: frame.second,
      iterations: frame.iterations,
      generatorCpu: frame.cpu ?? null,
      steps: frame.steps,
    });
    for (const f of fired) {
      this.on.note(`stampede: stop condition (${f.rule.action}): ${f.message}`);
      if (f.rule.action === "stop" && !this.stoppedBy) {
        this.stoppedBy = f;
        this.on.stop();
      }
    }
  }
}

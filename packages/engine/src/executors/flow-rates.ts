import type { FlowLoad } from "@stampede/contracts";
import type { VirtualUser } from "../run-context";
import { ArrivalRateExecutor, VuBudget } from "./arrival-rate";
import type { Executor, ExecutorDeps } from "./executor";

/**
 * TPS mode with several flows: one arrival-rate schedule per flow, each at its own rate (its per-flow rate, or
 * its weighted share of the run's), all drawing VUs from the shard's one `maxVus` budget. A speed change for a
 * flow sets that flow's rate; one for the whole run sets every flow's rate in proportion to its planned share.
 */
export class FlowRatesExecutor implements Executor {
  private readonly byFlow = new Map<string, ArrivalRateExecutor>();
  private readonly executors: ArrivalRateExecutor[] = [];
  private readonly shares: number[];
  readonly exhausted: Promise<void>;

  constructor(
    flows: readonly FlowLoad[],
    maxVus: number,
    deps: Omit<ExecutorDeps, "createVu">,
    /** A new VU on the `part`-th flow, numbered `index` across the shard's flows. */
    createVu: (part: number, index: number) => VirtualUser,
  ) {
    const budget = new VuBudget(maxVus);
    const total = flows.reduce((n, f) => n + f.load.targetRate, 0);
    flows.forEach((f, part) => {
      const executor = new ArrivalRateExecutor(
        f.load,
        { ...deps, createVu: () => createVu(part, budget.taken - 1) },
        budget,
      );
      this.executors.push(executor);
      this.byFlow.set(f.flow, executor);
    });
    this.shares = flows.map((f) => (total > 0 ? f.load.targetRate / total : 1 / flows.length));
    this.exhausted = Promise.race(this.executors.map((e) => e.exhausted));
  }

  start() {
    for (const e of this.executors) e.start();
  }

  setSpeed(rate: number, flow?: string) {
    if (flow !== undefined) this.byFlow.get(flow)?.setSpeed(rate);
    else this.executors.forEach((e, i) => e.setSpeed(rate * this.shares[i]!));
  }

  activeVus() {
    return this.executors.reduce((n, e) => n + e.activeVus(), 0);
  }

  catchUp() {
    for (const e of this.executors) e.catchUp();
  }

  async stop() {
    await Promise.all(this.executors.map((e) => e.stop()));
  }
}

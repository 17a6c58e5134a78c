/**
 * One funnel API's gate: of the iterations that reach it, lets exactly `pass` (0..1) of them go on, spread
 * evenly (the k-th arrival goes on when floor(k × pass) grows). Deterministic rather than random, so a shard's
 * APIs come out in the configured proportions to the iteration, not only on average. One gate per API per
 * shard, shared by that flow's VUs (one thread: no race).
 */
export class FunnelGate {
  private arrived = 0;
  private passed = 0;

  constructor(private readonly pass: number) {}

  /** True when this arrival goes on to the API; false when its iteration ends here. */
  admit(): boolean {
    this.arrived++;
    if (Math.floor(this.arrived * this.pass + 1e-9) <= this.passed) return false;
    this.passed++;
    return true;
  }
}

/**
 * A flow's gates by the index of its compiled step (holes where a step has no gate); undefined when the funnel
 * names no API of the flow, so a run without a funnel pays nothing for it.
 */
export function funnelGatesFor(
  steps: ReadonlyArray<{ kind: string; name?: string }>,
  funnel: ReadonlyArray<{ step: string; pass: number }>,
): Array<FunnelGate | undefined> | undefined {
  if (funnel.length === 0) return undefined;
  const gates: Array<FunnelGate | undefined> = steps.map(() => undefined);
  for (const { step, pass } of funnel) {
    const at = steps.findIndex((s) => s.kind === "http" && s.name === step);
    if (at >= 0) gates[at] = new FunnelGate(pass);
  }
  return gates.some(Boolean) ? gates : undefined;
}

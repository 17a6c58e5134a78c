import type { TDataStep, TRendezvousStep, TThinkStep } from "@stampede/contracts";
import type { Template } from "../template";
import { templateAt } from "./compile-error";

/** Think time: how long to pause, drawn anew each time. */
export interface CompiledThink {
  kind: "think";
  name: string;
  delayMs(): number;
}

/** Rendezvous point: VUs gather until `users` have arrived or `timeoutMs` passes. */
export interface CompiledRendezvous {
  kind: "rendezvous";
  name: string;
  users: number;
  timeoutMs: number;
}

/** Data instruction: parameters set from templates, in order (later ones may use earlier ones). */
export interface CompiledData {
  kind: "data";
  name: string;
  assignments: Array<[string, Template]>;
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function compileThink(step: TThinkStep, random: () => number = Math.random): CompiledThink {
  const { ms } = step;
  switch (step.distribution) {
    case "fixed":
      return { kind: "think", name: step.name, delayMs: () => ms };
    case "uniform": {
      const span = (step.maxMs ?? ms) - ms;
      return { kind: "think", name: step.name, delayMs: () => ms + random() * span };
    }
    case "normal": {
      const sd = step.stddevMs ?? 0;
      return { kind: "think", name: step.name, delayMs: () => Math.max(0, ms + gaussian(random) * sd) };
    }
  }
}

export function compileRendezvous(step: TRendezvousStep): CompiledRendezvous {
  return { kind: "rendezvous", name: step.name, users: step.users, timeoutMs: step.timeoutMs };
}

export function compileData(step: TDataStep, path: string): CompiledData {
  return {
    kind: "data",
    name: step.name,
    assignments: step.assignments.map((a, i) => [a.name, templateAt(`${path}.assignments.${i}.value`, a.value)]),
  };
}

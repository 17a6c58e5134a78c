import type { TStage } from "@stampede/contracts";

/** Stages to start from: up to `target` over 10 s (or half a short run), then hold it to the end of the run. */
export function defaultStages(target: number | undefined, durationSeconds: number | undefined): TStage[] {
  const to = Number.isFinite(target) && target! > 0 ? target! : 1;
  const run = Number.isInteger(durationSeconds) && durationSeconds! > 0 ? durationSeconds! : 60;
  const up = run >= 20 ? 10 : Math.max(1, Math.floor(run / 2));
  return run > up
    ? [
        { durationSeconds: up, target: to },
        { durationSeconds: run - up, target: to },
      ]
    : [{ durationSeconds: up, target: to }];
}

/** A row added below the last: 10 s holding the last target, so the profile does not change until edited. */
export function nextStage(stages: TStage[]): TStage {
  const last = stages.at(-1)?.target;
  return { durationSeconds: 10, target: Number.isFinite(last) ? last! : 0 };
}

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

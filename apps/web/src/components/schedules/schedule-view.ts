/** A schedule as the console shows it (dates as ISO strings, so it passes to client components). */
export interface ScheduleView {
  id: string;
  name: string;
  scenarioId: string;
  scenarioName?: string;
  enabled: boolean;
  plan: string;
  nextFires: string[];
  lastFire?: FireView;
  fireCount: number;
  maxRuns: number | null;
  overlap: string;
}

export interface FireView {
  id: string;
  dueAt: string;
  outcome: string;
  reason: string | null;
  runId: string | null;
  /** The started run's status, when the history was read with it. */
  runStatus?: string | null;
  /** Whether the ended run regressed against its scenario's baseline; null until compared (or no baseline). */
  regression?: boolean | null;
}

interface ScheduleRow {
  id: string;
  name: string;
  scenarioId: string;
  enabled: boolean;
  cron: string | null;
  runAt: Date | null;
  timezone: string;
  fireCount: number;
  maxRuns: number | null;
  overlap: string;
  scenario?: { name: string };
  fires?: FireRow[];
}

interface FireRow {
  id: string;
  dueAt: Date;
  outcome: string;
  reason: string | null;
  runId: string | null;
  runStatus?: string | null;
  regression?: boolean | null;
}

export function toFireView(f: FireRow): FireView {
  return {
    id: f.id,
    dueAt: f.dueAt.toISOString(),
    outcome: f.outcome,
    reason: f.reason,
    runId: f.runId,
    runStatus: f.runStatus,
    regression: f.regression,
  };
}

export function toScheduleView(s: ScheduleRow, nextFires: Date[]): ScheduleView {
  const last = s.fires?.[0];
  return {
    id: s.id,
    name: s.name,
    scenarioId: s.scenarioId,
    scenarioName: s.scenario?.name,
    enabled: s.enabled,
    plan: s.cron ? `cron ${s.cron} (${s.timezone})` : `once at ${s.runAt?.toISOString() ?? "?"}`,
    nextFires: nextFires.map((d) => d.toISOString()),
    lastFire: last ? toFireView(last) : undefined,
    fireCount: s.fireCount,
    maxRuns: s.maxRuns,
    overlap: s.overlap,
  };
}

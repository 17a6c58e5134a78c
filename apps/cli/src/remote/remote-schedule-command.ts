import { ZLoadConfig } from "@stampede/contracts";
import { EXIT } from "../exit-codes";
import { describeLoad, resolveLoad } from "../resolve-load";
import type { TCliIo } from "../run-command";
import { ConsoleClient } from "./console-client";
import type { TRemoteScheduleArgs, TRemoteScheduleCreate } from "./remote-schedule-args";

/** A schedule as the console's API answers it (the fields the CLI prints). */
interface TScheduleDto {
  id: string;
  name: string;
  scenarioId: string;
  scenario?: { name: string };
  enabled: boolean;
  cron: string | null;
  runAt: string | null;
  timezone: string;
  overlap: string;
  missedFire: string;
  fireCount: number;
  nextFires: string[];
  fires?: Array<{ dueAt: string; outcome: string; runId: string | null }>;
}

/** `stampede remote schedule list|create|pause|resume`: the console's schedules, from a terminal or a CI job. */
export async function remoteScheduleCommand(args: TRemoteScheduleArgs, io: TCliIo): Promise<number> {
  const client = new ConsoleClient(args.url, args.apiKey);
  if (args.action === "list") {
    const path = args.scenario ? `/scenarios/${encodeURIComponent(args.scenario)}/schedules` : "/schedules";
    const { schedules } = await client.json<{ schedules: TScheduleDto[] }>("GET", path);
    io.stdout.write(schedules.length ? formatSchedules(schedules) : "no schedules\n");
    return EXIT.ok;
  }
  if (args.action !== "create") {
    const path = `/schedules/${encodeURIComponent(args.scheduleId)}/${args.action}`;
    const { schedule } = await client.json<{ schedule: TScheduleDto }>("POST", path, {});
    io.stdout.write(`${args.action === "pause" ? "paused" : "resumed"} schedule ${schedule.id} "${schedule.name}"\n`);
    io.stdout.write(nextFiresText(schedule));
    return EXIT.ok;
  }
  const loadOverride = await loadOverrideOf(client, args);
  const { schedule } = await client.json<{ schedule: TScheduleDto }>(
    "POST",
    `/scenarios/${encodeURIComponent(args.scenario)}/schedules`,
    {
      confirmCompliance: true,
      name: args.name,
      ...(args.cron ? { cron: args.cron, timezone: args.timezone ?? "UTC" } : { runAt: args.runAt }),
      ...(args.overlap && { overlap: args.overlap }),
      ...(args.missedFire && { missedFire: args.missedFire }),
      ...(args.maxRuns && { maxRuns: args.maxRuns }),
      ...(loadOverride && { loadOverride }),
    },
  );
  io.stdout.write(`created schedule ${schedule.id} "${schedule.name}" (${planOf(schedule)})\n`);
  if (loadOverride) io.stdout.write(`  load: ${describeLoad(loadOverride)}\n`);
  io.stdout.write(nextFiresText(schedule));
  return EXIT.ok;
}

/** Load flags given: the scenario's saved load with the flags applied, as `remote run` does; none: no override. */
async function loadOverrideOf(client: ConsoleClient, args: TRemoteScheduleCreate) {
  const flags = {
    vus: args.vus,
    durationSeconds: args.durationSeconds,
    rampSeconds: args.rampSeconds,
    rps: args.rps,
    maxVus: args.maxVus,
  };
  if (Object.values(flags).every((v) => v === undefined)) return undefined;
  const { scenario } = await client.json<{ scenario: { load: unknown } }>(
    "GET",
    `/scenarios/${encodeURIComponent(args.scenario)}`,
  );
  const saved = ZLoadConfig.safeParse(scenario.load);
  return resolveLoad(saved.success ? saved.data : undefined, flags).load;
}

function planOf(s: TScheduleDto): string {
  return s.cron ? `cron "${s.cron}" in ${s.timezone}` : `once at ${s.runAt}`;
}

function nextFiresText(s: TScheduleDto): string {
  if (!s.enabled) return "  paused: no fires until it is resumed\n";
  if (s.nextFires.length === 0) return "  no fires left\n";
  return `  next fires: ${s.nextFires.join(", ")}\n`;
}

function formatSchedules(schedules: TScheduleDto[]): string {
  const rows = schedules.map((s) => {
    const last = s.fires?.[0];
    return [
      s.id,
      s.name,
      s.scenario?.name ?? s.scenarioId,
      planOf(s),
      s.enabled ? "enabled" : "paused",
      s.nextFires[0] ?? "-",
      last ? `${last.outcome} ${last.dueAt}` : "-",
    ];
  });
  const head = ["ID", "NAME", "SCENARIO", "WHEN", "STATE", "NEXT FIRE", "LAST FIRE"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return (
    [head, ...rows]
      .map((r) =>
        r
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join("  ")
          .trimEnd(),
      )
      .join("\n") + "\n"
  );
}

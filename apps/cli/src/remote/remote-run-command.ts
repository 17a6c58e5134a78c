import { ZRunSummary } from "@stampede/contracts";
import { insightsFor } from "@stampede/metrics";
import { checkThresholdSteps, evaluateThresholds, metricStepNames } from "../evaluate-thresholds";
import { CliError, EXIT } from "../exit-codes";
import { onInterrupt } from "../interrupt";
import { LiveReporter } from "../live-reporter";
import { describeLoad, resolveLoad } from "../resolve-load";
import type { TCliIo } from "../run-command";
import { formatSummary } from "../summary-table";
import { formatThresholdResults, thresholdsExitCode } from "../threshold-report";
import { ConsoleClient } from "./console-client";
import { followRemoteRun } from "./follow-remote-run";
import type { TRemoteRunArgs } from "./remote-args";
import { resolveRemoteScenario } from "./remote-scenario";

/**
 * `stampede remote run`: the run happens on the console's workers; the CLI starts it, shows the same live line
 * and summary as a local run, and judges the final summary with the same thresholds. Ctrl-C stops the run.
 */
export async function remoteRunCommand(args: TRemoteRunArgs, io: TCliIo): Promise<number> {
  const client = new ConsoleClient(args.url, args.apiKey);
  const scenario = await resolveRemoteScenario(client, args.scenario);
  if (scenario.spec) checkThresholdSteps(args.thresholds, metricStepNames(scenario.spec));
  const { load, notes } = resolveLoad(scenario.load, args);
  if (scenario.uploaded) io.stderr.write(`stampede: uploaded "${scenario.name}" as scenario ${scenario.id}\n`);

  const { run } = await client.json<{ run: { id: string } }>("POST", `/scenarios/${scenario.id}/runs`, {
    confirmCompliance: true,
    ...load,
  });
  io.stderr.write(`stampede: started run ${run.id} of "${scenario.name}" on ${args.url}: ${describeLoad(load)}\n`);
  io.stderr.write(`  ${args.url}/runs/${run.id}\n`);
  for (const note of notes) io.stderr.write(`  note: ${note}\n`);

  const reporter = new LiveReporter(io.stderr, { durationSeconds: load.durationSeconds, quiet: args.quiet });
  let interrupted = false;
  const dispose = onInterrupt(() => {
    interrupted = true;
    reporter.note("stampede: interrupted, stopping the run on the console (Ctrl-C again to quit at once)");
    client.json("POST", `/runs/${run.id}/stop`, {}).catch((error: Error) => {
      reporter.note(`stampede: could not stop run ${run.id}: ${error.message}`);
    });
  });
  const ended = await followRemoteRun(client, run.id, (point) => reporter.point(point)).finally(() => {
    dispose();
    reporter.finish();
  });

  if (ended.status === "FAILED") {
    throw new CliError(`run ${run.id} failed on the console: ${ended.error ?? "no reason given"}`, EXIT.failed);
  }
  const parsed = ZRunSummary.safeParse(ended.summary);
  if (!parsed.success) {
    // Stopped before a worker took it (still queued): nothing ran, so there is nothing to judge.
    if (interrupted) {
      io.stderr.write(
        `stampede: interrupted; run ${run.id} was stopped before it started (exit ${EXIT.interrupted})\n`,
      );
      return EXIT.interrupted;
    }
    throw new CliError(`run ${run.id} ended ${ended.status} without a summary`, EXIT.failed);
  }
  const summary = parsed.data;
  const stopped = ended.status === "STOPPED";
  const insights = insightsFor({ load, spec: scenario.spec, summary });
  io.stdout.write(`\n${formatSummary(summary, { interrupted: stopped, rateMode: load.mode === "rate", insights })}\n`);
  const results = evaluateThresholds(args.thresholds, summary);
  if (results.length) io.stdout.write(`${formatThresholdResults(results)}\n`);

  if (interrupted) {
    io.stderr.write(`stampede: interrupted; run ${run.id} was stopped (exit ${EXIT.interrupted})\n`);
    return EXIT.interrupted;
  }
  // Stopped by a stop condition (or by someone in the console): the run did not complete as planned.
  if (stopped) {
    const reason = ended.stopReason ?? "no reason given";
    io.stderr.write(`stampede: run ${run.id} was stopped: ${reason} (exit ${EXIT.stopConditionFired})\n`);
    return EXIT.stopConditionFired;
  }
  return thresholdsExitCode(results, io.stderr);
}

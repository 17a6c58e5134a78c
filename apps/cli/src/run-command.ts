import { dirname, resolve } from "node:path";
import type { TRunSummary } from "@stampede/contracts";
import { runLoad } from "@stampede/engine";
import { insightsFor } from "@stampede/metrics";
import type { TRunArgs } from "./args";
import { checkThresholdSteps, evaluateThresholds, metricStepNames } from "./evaluate-thresholds";
import { CliError, EXIT } from "./exit-codes";
import { onInterrupt } from "./interrupt";
import { LiveReporter, type TLiveOutput } from "./live-reporter";
import { loadScenarioFile } from "./load-scenario-file";
import { checkOutPath, outDocument, writeOutFile } from "./out-file";
import { readDataSources } from "./read-data-sources";
import { describeLoad, resolveLoad } from "./resolve-load";
import { StopConditionSink } from "./stop-condition-sink";
import { formatSummary } from "./summary-table";
import { cliAllowlist, refuseBlockedTargets } from "./target-allowlist";
import { formatThresholdResults, thresholdsExitCode } from "./threshold-report";

/** The report goes to stdout (so `> report.txt` keeps it clean); progress, notes and errors to stderr. */
export interface TCliIo {
  stdout: TLiveOutput;
  stderr: TLiveOutput;
}

/** `stampede run`: validates everything first, runs the load, reports, and returns the exit code. */
export async function runCommand(args: TRunArgs, io: TCliIo): Promise<number> {
  const scenario = await loadScenarioFile(args.file);
  checkThresholdSteps(args.thresholds, metricStepNames(scenario.spec));
  const allowlist = cliAllowlist();
  refuseBlockedTargets(scenario.spec, allowlist);
  const { load, notes } = resolveLoad(scenario.load, args);
  const data = await readDataSources(
    scenario.spec,
    args.dataDir ? resolve(args.dataDir) : dirname(scenario.path),
    scenario.dataFiles,
    args.dataDir !== undefined,
  );
  if (args.out) await checkOutPath(args.out);

  const label = scenario.name ? `"${scenario.name}" (${args.file})` : args.file;
  io.stderr.write(`stampede: running ${label}: ${describeLoad(load)}\n`);
  for (const note of notes) io.stderr.write(`  note: ${note}\n`);

  const controller = new AbortController();
  const reporter = new LiveReporter(io.stderr, { durationSeconds: load.durationSeconds, quiet: args.quiet });
  const dispose = onInterrupt(() => {
    reporter.note("stampede: interrupted, stopping (Ctrl-C again to quit at once)");
    controller.abort();
  });
  const sink = new StopConditionSink(reporter, scenario.spec.stopConditions, load, {
    note: (text) => reporter.note(text),
    stop: () => controller.abort(),
  });
  let summary: TRunSummary;
  try {
    summary = await runLoad({
      // No start of our own: the engine fixes it after its warm-up and pre-connect, so that a TPS schedule
      // does not begin in the past (its first second would arrive as one late burst).
      plan: { scenario: scenario.spec, load, data, allowlist },
      sink,
      signal: controller.signal,
      onStart: (startedAtMs) => reporter.started(startedAtMs),
    });
  } catch (error) {
    throw asCliError(error, args.file);
  } finally {
    dispose();
    reporter.finish();
  }

  const stoppedBy = sink.stoppedBy;
  // A run a stop condition ended covers part of the test too, but it is a verdict, not an interruption.
  const interrupted = controller.signal.aborted && !stoppedBy;
  const partial = controller.signal.aborted;
  const insights = insightsFor({ load, spec: scenario.spec, summary });
  const rateMode = load.mode === "rate";
  io.stdout.write(`\n${formatSummary(summary, { interrupted: partial, rateMode, insights })}\n`);
  const results = evaluateThresholds(args.thresholds, summary);
  if (results.length) io.stdout.write(`${formatThresholdResults(results)}\n`);
  if (args.out) {
    const base = { scenario: scenario.name ?? args.file, load, interrupted: partial };
    const vusMax = load.mode === "rate" ? load.maxVus : load.vus;
    await writeOutFile(args.out, outDocument(base, summary, { vusMax, vus: reporter.vusSeen() }, results));
  }

  // An interrupted run's numbers cover part of the test, so "interrupted" wins over the threshold verdict.
  if (interrupted) {
    io.stderr.write(`stampede: interrupted; the summary covers the part that ran (exit ${EXIT.interrupted})\n`);
    return EXIT.interrupted;
  }
  if (stoppedBy) {
    io.stderr.write(`stampede: stopped by a stop condition: ${stoppedBy.message} (exit ${EXIT.stopConditionFired})\n`);
    return EXIT.stopConditionFired;
  }
  return thresholdsExitCode(results, io.stderr);
}

/** Errors the engine raises while it prepares the run are the scenario's or a data file's fault, not a crash. */
function asCliError(error: unknown, file: string): unknown {
  if (!(error instanceof Error)) return error;
  if (error.name === "ScenarioCompileError") return new CliError(`${file}: ${error.message}`);
  // A CsvError's message starts with the data file's name and the line.
  if (error.name === "CsvError") return new CliError(`data source ${error.message}`);
  if (error.name === "DataSourceError") return new CliError(error.message);
  return error;
}

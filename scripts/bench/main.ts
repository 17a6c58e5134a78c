// `npm run bench`: Stampede's load engine against autocannon and wrk, all in one run so ratios compare.
// Targets run pinned to CPU 0, generators to CPU 1, one at a time; see README.md for how to read it.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { type BenchOptions, parseBenchArgs } from "./args";
import { bundleRunners } from "./bundle-runners";
import { bundleCli, CLI_RATE_CASES, type CliRateResult, formatCliRate, measureCliRate } from "./cli-rate";
import { TIME_BIN } from "./cpu-time";
import * as generators from "./generators";
import { type CaseResult, measureCase, warmUp } from "./measure-case";
import { TARGET_CPU } from "./pinning";
import { installCleanup, stopAll, stopTracked } from "./processes";
import { formatMemory, formatRate, measureMemory, measureRate } from "./rate-and-memory";
import { formatPipeline, measurePipeline } from "./pipeline";
import { formatReport } from "./report";
import { WORKLOAD_TARGETS, type WorkloadTarget, startTarget } from "./targets";
import { formatUploadMemory, measureUploadMemory } from "./upload-memory";

/** A case that could not run, and why (the engine may be mid-change; the other cases still count). */
interface FailedCase {
  id: string;
  error: string;
}

function preflight(): void {
  if (cpus().length < 2) throw new Error("the bench needs 2 CPUs: one for the target, one for the generator");
  if (!existsSync(TIME_BIN)) throw new Error(`${TIME_BIN} is missing (apt-get install -y time)`);
  if (!existsSync("node_modules/.bin/autocannon")) throw new Error("autocannon is missing (npm install)");
}

async function runWorkload(
  { script, path }: WorkloadTarget,
  cases: generators.Generator[],
  options: BenchOptions,
  failed: FailedCase[],
): Promise<CaseResult[]> {
  const target = await startTarget(script, TARGET_CPU);
  const url = `${target.url}${path}`;
  const results: CaseResult[] = [];
  try {
    console.error(`target ${script} at ${url} (pid ${target.pid}); warming up ${options.warmupSeconds} s`);
    await warmUp(cases[0]!, url, options.connections, options.warmupSeconds);
    for (let round = 1; round <= options.runs; round++) {
      for (const generator of cases) {
        console.error(`  ${generator.id} (run ${round}/${options.runs}): ${options.durationSeconds} s...`);
        try {
          results.push(await measureCase(generator, target, url, options.connections, options.durationSeconds, round));
        } catch (error) {
          failed.push({ id: generator.id, error: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  } finally {
    await stopTracked(target.child);
  }
  return results;
}

/** TPS mode (the engine alone, and through the CLI) and memory per VU, against the GET route of the fast target. */
async function runEngineCases(options: BenchOptions, failed: FailedCase[]): Promise<string[]> {
  const { script, path } = WORKLOAD_TARGETS.fast.get;
  const target = await startTarget(script, TARGET_CPU);
  const url = `${target.url}${path}`;
  const sections: string[] = [];
  const attempt = async (id: string, body: () => Promise<string>) => {
    console.error(`  ${id}...`);
    try {
      const section = await body();
      if (section) sections.push(section);
    } catch (error) {
      failed.push({ id, error: error instanceof Error ? error.message : String(error) });
    }
  };
  try {
    if (options.parts.includes("rate")) {
      await attempt(`rate ${options.rate}/s, ${options.durationSeconds} s`, async () =>
        formatRate(await measureRate(url, options.rate, options.rateMaxVus, options.durationSeconds)),
      );
    }
    if (options.parts.includes("cli")) {
      const runs: CliRateResult[] = [];
      for (let round = 1; round <= options.runs; round++) {
        for (const c of CLI_RATE_CASES) {
          const id = `cli ${c.rate}/s${c.maxVus ? ` max ${c.maxVus} VUs` : ""}, ${options.cliDurationSeconds} s (run ${round})`;
          await attempt(id, async () => {
            runs.push(await measureCliRate(url, c, options.cliDurationSeconds));
            return "";
          });
        }
      }
      if (runs.length > 0) sections.push(formatCliRate(runs.sort((a, b) => a.rate - b.rate)));
    }
    if (options.parts.includes("memory")) {
      await attempt(`memory, ${options.memoryVus} VUs idle and connected`, async () =>
        formatMemory([
          await measureMemory(url, options.memoryVus, "idle"),
          await measureMemory(url, options.memoryVus, "connected"),
        ]),
      );
    }
  } finally {
    await stopTracked(target.child);
  }
  return sections;
}

async function main(): Promise<number> {
  installCleanup();
  process.chdir(fileURLToPath(new URL("../..", import.meta.url)));
  const options = parseBenchArgs(process.argv.slice(2));
  preflight();
  const hasWrk = generators.isWrkInstalled();
  const getCases = [
    generators.autocannon,
    ...(hasWrk ? [generators.wrk] : []),
    generators.undiciDispatchGet,
    generators.stampedeGet,
  ];
  // POST runs on the GET target, in the same rounds as the GETs it is compared with (see generators.ts).
  const postCases = [
    generators.autocannonPost,
    generators.undiciDispatchPostTemplate,
    generators.stampedePostLiteral,
    generators.stampedePostTemplate,
  ];
  const getAndPost = [
    ...(options.parts.includes("get") ? getCases : []),
    ...(options.parts.includes("post") ? postCases : []),
  ];
  const tokenCases = [generators.undiciDispatchToken, generators.undiciRequestToken, generators.stampedeToken];
  const targets = WORKLOAD_TARGETS[options.target];
  const failed: FailedCase[] = [];
  try {
    console.error("bundling the bench's runners with esbuild...");
    await bundleRunners();
    if (options.parts.includes("cli")) bundleCli();
    const results = [
      ...(getAndPost.length > 0 ? await runWorkload(targets.get, getAndPost, options, failed) : []),
      ...(options.parts.includes("token") ? await runWorkload(targets.token, tokenCases, options, failed) : []),
    ];
    const engineParts = (["rate", "memory", "cli"] as const).some((part) => options.parts.includes(part));
    const engineSections = engineParts ? await runEngineCases(options, failed) : [];
    if (options.parts.includes("pipeline")) {
      console.error(`  live pipeline: 10 simulated generators x 100 APIs, ${options.durationSeconds} s...`);
      try {
        const pipeline = { generators: 10, apis: 100, durationSeconds: options.durationSeconds };
        engineSections.push(formatPipeline(await measurePipeline(pipeline)));
      } catch (error) {
        failed.push({ id: "pipeline", error: error instanceof Error ? error.message : String(error) });
      }
    }
    if (options.parts.includes("upload")) {
      console.error(`  console memory: a 100 MB CSV upload and a 50 MB JSON body...`);
      try {
        engineSections.push(formatUploadMemory(await measureUploadMemory()));
      } catch (error) {
        failed.push({ id: "upload", error: error instanceof Error ? error.message : String(error) });
      }
    }
    const labels = { get: targets.get.label, token: targets.token.label, post: targets.get.label };
    if (results.length > 0) {
      const report = formatReport(results, options.connections, options.durationSeconds, options.runs, labels);
      console.log(`\n${report}`);
    }
    for (const section of engineSections) console.log(`\n${section}`);
    for (const f of failed) console.log(`\nFAILED ${f.id}:\n${f.error}`);
    if (options.jsonPath) {
      const json = {
        options,
        node: process.version,
        cpus: cpus().length,
        wrk: hasWrk,
        results,
        engineSections,
        failed,
      };
      await writeFile(options.jsonPath, `${JSON.stringify(json, null, 2)}\n`);
      console.log(`\nResults written to ${options.jsonPath}`);
    }
    return failed.length > 0 ? 1 : 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);

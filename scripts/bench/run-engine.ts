// Generator: Stampede's load engine in concurrency mode, metrics on, one VU per connection.
// `--scenario hello` is one GET step against `--url`; `--scenario token` is the demo's two-step flow.
import { ZLoadConfig, ZScenarioSpec, demoScenarioSpec, type TScenarioSpecInput } from "@stampede/contracts";
import { runLoad } from "@stampede/engine";
import { cpuSecondsSoFar, parseRunnerArgs, printResult } from "./runner-io";

function scenarioInput(kind: string, url: string): TScenarioSpecInput {
  if (kind === "token") return demoScenarioSpec(url);
  if (kind === "hello") return { flows: [{ name: "hello", steps: [{ type: "http", name: "GET /hello", url }] }] };
  throw new Error(`unknown --scenario "${kind}" (hello or token)`);
}

const args = parseRunnerArgs();
const scenario = ZScenarioSpec.parse(scenarioInput(args.scenario, args.url));
const load = ZLoadConfig.parse({
  mode: "concurrency",
  vus: args.connections,
  durationSeconds: args.durationSeconds,
  rampUpSeconds: 0,
});

let frames = 0;
const startupCpuSeconds = cpuSecondsSoFar();
const summary = await runLoad({ plan: { scenario, load }, sink: { frame: () => void frames++ } });
printResult({
  requests: summary.requests,
  failures: summary.failures,
  durationSeconds: summary.durationSeconds,
  frames,
  startupCpuSeconds,
});

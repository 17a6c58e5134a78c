// Generator: Stampede's load engine in concurrency mode, metrics on, one VU per connection.
// `--scenario hello` is one GET step against `--url`; `--scenario token` is the demo's two-step flow;
// `post-literal` and `post-template` are one JSON POST to `--url`, with a fixed body and with a body that is
// rendered on every send (a timestamp, as signed platform APIs want), to compare the body path with a GET.
import { ZLoadConfig, ZScenarioSpec, demoScenarioSpec, type TScenarioSpecInput } from "@stampede/contracts";
import { runLoad } from "@stampede/engine";
import { LITERAL_BODY, TEMPLATED_BODY } from "./post-flow";
import { cpuSecondsSoFar, parseRunnerArgs, printResult } from "./runner-io";

const jsonPost = (url: string, json: string): TScenarioSpecInput => ({
  flows: [
    {
      name: "order",
      steps: [{ type: "http", name: "POST /api/order", method: "POST", url, body: { type: "json", json } }],
    },
  ],
});

function scenarioInput(kind: string, url: string): TScenarioSpecInput {
  if (kind === "token") return demoScenarioSpec(url);
  if (kind === "hello") return { flows: [{ name: "hello", steps: [{ type: "http", name: "GET /hello", url }] }] };
  if (kind === "post-literal") return jsonPost(url, LITERAL_BODY);
  if (kind === "post-template") return jsonPost(url, TEMPLATED_BODY);
  throw new Error(`unknown --scenario "${kind}" (hello, token, post-literal or post-template)`);
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

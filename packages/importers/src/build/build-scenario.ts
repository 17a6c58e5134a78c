import type {
  TImportChoice,
  TImportedRequest,
  TImportPreview,
  TLoadConfig,
  TScenarioSpecInput,
} from "@stampede/contracts";
import { ImportError } from "../import-error";
import { checkSpec } from "./check-spec";
import type { TFlowInput, TStepInput } from "./scenario-types";
import { thinkTimeBetween } from "./think-time";
import { uniqueStepName } from "./unique-names";

/** The flow of an import whose requests name no group (HAR, cURL, a recording). */
export const DEFAULT_FLOW_NAME = "imported";

const MAX_FLOW_NAME = 120;
const MAX_SCENARIO_NAME = 200;

/** A scenario made from an import: its name, its spec, and the load settings the file carried (JMeter). */
export interface BuiltScenario {
  name: string;
  spec: TScenarioSpecInput;
  load?: TLoadConfig;
}

/** What of the person's choice building reads; correlations and secrets are not among it (see buildScenario). */
export type BuildChoice = Pick<TImportChoice, "include"> & Partial<Pick<TImportChoice, "thinkTimes">>;

/**
 * The chosen requests, in the chosen order, as a scenario: one flow per group (or one flow "imported"),
 * step names unique within a flow, think times from the file's timers and (when asked for) from the recorded
 * gaps, the file's globals,
 * data sources, outputs and checks kept. The result passes the scenario contract or this throws an
 * ImportError naming the request at fault.
 *
 * Hook point: correlations, secrets and the token provider (`choice.correlations`, `choice.secrets`,
 * `choice.tokenProviderFrom`) are applied to the preview by `applyCorrelations` BEFORE this is called; this
 * takes the preview as given and reads none of them. A token provider built there is passed in `extra`.
 */
export function buildScenario(
  preview: TImportPreview,
  choice: BuildChoice,
  options: { name?: string; extra?: Pick<TScenarioSpecInput, "tokenProvider"> } = {},
): BuiltScenario {
  const chosen = chosenRequests(preview, choice.include);
  const groups = new Map<string, TImportedRequest[]>();
  for (const request of chosen) {
    const group = request.group?.trim().slice(0, MAX_FLOW_NAME) || DEFAULT_FLOW_NAME;
    groups.set(group, [...(groups.get(group) ?? []), request]);
  }
  const sources: string[][] = [];
  const flows: TFlowInput[] = [...groups].map(([name, requests]) => {
    const { steps, where } = stepsOf(requests, choice.thinkTimes ?? false);
    sources.push(where);
    return { name, steps };
  });
  const spec: TScenarioSpecInput = {
    version: 1,
    globals: preview.globals,
    dataSources: preview.dataSources,
    ...options.extra,
    flows,
  };
  checkSpec(spec, (f, s) => sources[f]?.[s]);
  const name = (options.name?.trim() || preview.title || `Imported ${preview.format}`).slice(0, MAX_SCENARIO_NAME);
  return { name, spec, load: preview.load };
}

function chosenRequests(preview: TImportPreview, include: number[]): TImportedRequest[] {
  if (include.length === 0) throw new ImportError("include", "choose at least one request");
  const byIndex = new Map(preview.requests.map((r) => [r.index, r]));
  return include.map((index, i) => {
    const request = byIndex.get(index);
    if (!request) throw new ImportError(`include[${i}]`, `no request ${index} in the preview`);
    return request;
  });
}

/** Steps of one flow, and for each step the `where` of the request it came from (for error messages). */
function stepsOf(requests: TImportedRequest[], thinkTimes: boolean): { steps: TStepInput[]; where: string[] } {
  const taken = new Set<string>();
  const steps: TStepInput[] = [];
  const where: string[] = [];
  requests.forEach((request, i) => {
    const previous = requests[i - 1];
    // A pause the file itself sets (a JMeter timer) is part of the test plan; recorded gaps only when asked for.
    const pause = request.thinkMsBefore ?? (thinkTimes && previous ? thinkTimeBetween(previous, request) : undefined);
    if (pause !== undefined) {
      steps.push({ type: "think", name: "think", distribution: "fixed", ms: pause });
      where.push(request.where);
    }
    steps.push(httpStepOf(request, uniqueStepName(request.name, taken)));
    where.push(request.where);
  });
  return { steps, where };
}

/** One imported request as an HTTP step; the query stays in the URL exactly as it was sent. */
export function httpStepOf(request: TImportedRequest, name: string): TStepInput {
  return {
    type: "http",
    name,
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body,
    followRedirects: request.followRedirects ?? false,
    outputs: request.outputs,
    checks: request.checks,
  };
}

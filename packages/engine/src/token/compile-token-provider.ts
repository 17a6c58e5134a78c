import type { TTokenProvider } from "@stampede/contracts";
import { type CompiledRequest, compileRequest } from "../compile/compile-http-step";
import { ScenarioCompileError } from "../compile/compile-error";
import { compileExtractor, type Extractor, type ResponseView } from "../extract";
import { compileJsonPath } from "../json-path";

/** The token provider of a scenario, compiled once. */
export interface CompiledTokenProvider {
  name: string;
  param: string;
  request: CompiledRequest;
  extract: Extractor;
  /** Lifetime in ms read from the token response, or the fixed lifetime. */
  lifetimeMs(response: ResponseView): number | undefined;
  marginMs: number;
  /** True when a business response says the token was refused (401, WeChat's errcode 40001/42001, ...). */
  isRejection(response: ResponseView): boolean;
  rejectionReadsBody: boolean;
  retryOnce: boolean;
}

export function compileTokenProvider(spec: TTokenProvider, path: string): CompiledTokenProvider {
  const at = (field: string, build: () => unknown) => {
    try {
      return build();
    } catch (error) {
      throw new ScenarioCompileError(`${path}.${field}`, (error as Error).message);
    }
  };
  const extract = at("extract.expression", () =>
    compileExtractor({ name: spec.param, source: spec.extract.source, expression: spec.extract.expression, match: 0 }),
  ) as Extractor;
  let lifetimeMs: CompiledTokenProvider["lifetimeMs"];
  if (spec.lifetime.type === "fixed") {
    const fixed = spec.lifetime.seconds * 1000;
    lifetimeMs = () => fixed;
  } else {
    const read = at("lifetime.expression", () =>
      compileJsonPath((spec.lifetime as { expression: string }).expression),
    ) as ReturnType<typeof compileJsonPath>;
    lifetimeMs = (r) => {
      const seconds = Number(read(r.bodyJson())[0]);
      return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
    };
  }
  const statuses = new Set(spec.rejectedWhen.statuses);
  const bodyRules = spec.rejectedWhen.bodyJson.map((rule, i) => ({
    read: at(`rejectedWhen.bodyJson.${i}.expression`, () => compileJsonPath(rule.expression)) as ReturnType<
      typeof compileJsonPath
    >,
    values: new Set(rule.values),
  }));
  return {
    name: spec.request.name,
    param: spec.param,
    request: compileRequest(spec.request, `${path}.request`),
    extract,
    lifetimeMs,
    marginMs: spec.refreshMarginSeconds * 1000,
    isRejection(r) {
      if (statuses.has(r.status)) return true;
      if (bodyRules.length === 0) return false;
      const body = r.bodyJson();
      return bodyRules.some((rule) => rule.read(body).some((v) => rule.values.has(String(v))));
    },
    rejectionReadsBody: bodyRules.length > 0,
    retryOnce: spec.retryOnce,
  };
}

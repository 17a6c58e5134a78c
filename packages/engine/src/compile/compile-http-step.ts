import type { THttpStep } from "@stampede/contracts";
import type { Dispatcher } from "undici";
import type { StaticParts } from "../http/build-request";
import type { WireRequest } from "../http/send";
import type { Params } from "../template";
import { checkReadsBody, type CompiledCheck, compileCheck } from "../checks";
import { compileExtractor, type Extractor } from "../extract";
import type { Template } from "../template";
import { ScenarioCompileError, templateAt } from "./compile-error";

/** An output parameter ready to run. */
export interface CompiledOutput {
  name: string;
  extract: Extractor;
  defaultValue: string | undefined;
}

/** The request half of an HTTP step: what the token provider's request and API operations share. */
export interface CompiledRequest {
  name: string;
  method: Dispatcher.HttpMethod;
  url: Template;
  query: Array<[string, Template]>;
  headers: Array<[string, Template]>;
  body: Template | undefined;
  contentType: string | undefined;
  timeoutMs: number;
  followRedirects: boolean;
  /** Every parameter the request's templates reference. */
  refs: Set<string>;
  /** No template varies: the rendered request is the same every time, so it is built once. */
  constant: boolean;
  /** Filled on first send: what does not vary, rendered once (see buildRequest). */
  statics?: StaticParts;
  /** Filled on first send of a constant request: the one WireRequest every send reuses. */
  cachedWire?: { keep?: WireRequest; discard?: WireRequest };
}

/** An API operation with every template parsed and every extractor and check compiled, shared by all VUs. */
export interface CompiledHttpStep extends CompiledRequest {
  kind: "http";
  outputs: CompiledOutput[];
  checks: CompiledCheck[];
  /** True when an output or a check reads the body, so its bytes must be kept. */
  needsBody: boolean;
  /** Set by the scenario compiler: the step sends the token provider's token. */
  usesToken: boolean;
}

function bodyOf(
  step: Pick<THttpStep, "body">,
  path: string,
): { body: Template | undefined; contentType: string | undefined } {
  const b = step.body;
  switch (b.type) {
    case "none":
      return { body: undefined, contentType: undefined };
    case "json":
      return { body: templateAt(`${path}.body.json`, b.json), contentType: "application/json" };
    case "raw":
      return { body: templateAt(`${path}.body.text`, b.text), contentType: b.contentType };
    case "form": {
      const fields = b.fields.map(
        (f, i) => [encodeURIComponent(f.name), templateAt(`${path}.body.fields.${i}.value`, f.value)] as const,
      );
      return { contentType: "application/x-www-form-urlencoded", body: formBody(fields) };
    }
  }
}

/** A form body as one template; names and values are encoded after rendering, so a value may hold any character. */
function formBody(fields: ReadonlyArray<readonly [string, Template]>): Template {
  return {
    source: "",
    refs: fields.flatMap(([, t]) => t.refs),
    constant: fields.every(([, t]) => t.constant),
    render: (params) => fields.map(([name, t]) => `${name}=${encodeURIComponent(t.render(params))}`).join("&"),
    bind: (fixed) => formBody(fields.map(([name, t]) => [name, t.bind(fixed)] as const)),
  };
}

function isConstant(req: Pick<CompiledRequest, "url" | "query" | "headers" | "body">): boolean {
  return (
    req.url.constant &&
    req.query.every(([, t]) => t.constant) &&
    req.headers.every(([, t]) => t.constant) &&
    (req.body?.constant ?? true)
  );
}

/**
 * Writes parameters that cannot change during the run into the request's templates (in place), so a
 * request whose only references are such globals is rendered once instead of on every send.
 */
export function bindFixedParams(req: CompiledRequest, fixed: Params): void {
  req.url = req.url.bind(fixed);
  req.query = req.query.map(([name, t]) => [name, t.bind(fixed)]);
  req.headers = req.headers.map(([name, t]) => [name, t.bind(fixed)]);
  req.body = req.body?.bind(fixed);
  req.constant = isConstant(req);
  req.statics = undefined;
  req.cachedWire = undefined;
}

export function compileRequest(
  step: Omit<THttpStep, "type" | "outputs" | "checks" | "enabled">,
  path: string,
): CompiledRequest {
  const url = templateAt(`${path}.url`, step.url);
  const query = step.query.map(
    (q, i) => [q.name, templateAt(`${path}.query.${i}.value`, q.value)] as [string, Template],
  );
  const headers = step.headers.map(
    (h, i) => [h.name, templateAt(`${path}.headers.${i}.value`, h.value)] as [string, Template],
  );
  const { body, contentType } = bodyOf(step, path);
  const refs = new Set([
    ...url.refs,
    ...query.flatMap(([, t]) => t.refs),
    ...headers.flatMap(([, t]) => t.refs),
    ...(body?.refs ?? []),
  ]);
  return {
    name: step.name,
    method: step.method,
    url,
    query,
    headers,
    body,
    contentType,
    timeoutMs: step.timeoutMs,
    followRedirects: step.followRedirects,
    refs,
    constant: isConstant({ url, query, headers, body }),
  };
}

export function compileHttpStep(step: THttpStep, path: string): CompiledHttpStep {
  const outputs = step.outputs.map((o, i) => {
    try {
      return { name: o.name, extract: compileExtractor(o), defaultValue: o.defaultValue };
    } catch (error) {
      throw new ScenarioCompileError(`${path}.outputs.${i}.expression`, (error as Error).message);
    }
  });
  const checks = step.checks.map((c, i) => {
    try {
      return compileCheck(c);
    } catch (error) {
      throw new ScenarioCompileError(`${path}.checks.${i}`, (error as Error).message);
    }
  });
  return {
    kind: "http",
    ...compileRequest(step, path),
    outputs,
    checks,
    needsBody:
      step.outputs.some((o) => o.source === "body-json" || o.source === "body-text") ||
      step.checks.some(checkReadsBody),
    usesToken: false,
  };
}

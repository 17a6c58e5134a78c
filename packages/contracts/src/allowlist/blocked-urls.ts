import type { TScenarioSpec } from "../scenario";
import { describeBlockedTarget, type TargetAllowlist } from "./target-allowlist";

/** A URL of a scenario whose host the allowlist refuses: where it is, and a message naming it. */
export interface BlockedUrl {
  /** Field path in the spec, as zod writes it: `["flows", 0, "steps", 1, "url"]`. */
  path: Array<string | number>;
  url: string;
  message: string;
}

const REF = /\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}/g;
const AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/;

/**
 * The URL with its `${global}` references written in, as a run renders it (globals are plain text). Undefined
 * when its host still depends on something known only at run time (a data column, an output, a function):
 * then the engine checks the rendered URL.
 */
function resolveHost(raw: string, globals: ReadonlyMap<string, string>): URL | undefined {
  const resolved = raw.replace(REF, (ref, name: string) => globals.get(name) ?? ref);
  const authority = AUTHORITY.exec(resolved)?.[1];
  if (authority === undefined || authority.includes("${")) return undefined;
  try {
    // The path may still hold references; they do not change the host.
    return new URL(resolved.replaceAll("${", "_{"));
  } catch {
    return undefined;
  }
}

/** Every request URL of the spec with where it is: each flow step's, then the token provider's. */
function urlsOf(spec: TScenarioSpec): Array<{ path: Array<string | number>; url: string }> {
  const urls = spec.flows.flatMap((flow, f) =>
    flow.steps.flatMap((step, s) =>
      step.type === "http" ? [{ path: ["flows", f, "steps", s, "url"], url: step.url }] : [],
    ),
  );
  if (spec.tokenProvider) urls.push({ path: ["tokenProvider", "request", "url"], url: spec.tokenProvider.request.url });
  return urls;
}

/**
 * Every URL of the scenario (disabled steps too: a saved scenario aims only where it may) whose host is
 * outside `allowlist`. Literal hosts are checked, and hosts that globals make; the rest are left to the
 * engine at run time. `whose` names the list in messages ("this project's").
 */
export function findBlockedUrls(spec: TScenarioSpec, allowlist: TargetAllowlist, whose = "the"): BlockedUrl[] {
  const globals = new Map(spec.globals.map((g) => [g.name, g.value]));
  return urlsOf(spec).flatMap(({ path, url }) => {
    const resolved = resolveHost(url, globals);
    const blocked = resolved && allowlist.check(resolved);
    return blocked ? [{ path, url, message: describeBlockedTarget(blocked, whose) }] : [];
  });
}

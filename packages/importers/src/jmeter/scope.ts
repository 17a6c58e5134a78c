import type { TCheck, TKeyValue, TOutputParam } from "@stampede/contracts";

/** What applies to every sampler below a point of the tree: JMeter's scoping of config elements and rules. */
export type Scope = {
  group?: string;
  /** Header managers from the plan down to the sampler; a closer one replaces a header of the same name. */
  headers: TKeyValue[];
  /** HTTP Request Defaults: protocol, domain, port, path. */
  defaults: Record<string, string>;
  outputs: TOutputParam[];
  checks: TCheck[];
  /** Constant timers run before each sampler in their scope. */
  thinkMs: number;
};

export const ROOT_SCOPE: Scope = { headers: [], defaults: {}, outputs: [], checks: [], thinkMs: 0 };

/** Headers with `added` replacing those of the same name (case-insensitive), as a closer header manager does. */
export function withHeaders(headers: TKeyValue[], added: TKeyValue[]): TKeyValue[] {
  const names = new Set(added.map((h) => h.name.toLowerCase()));
  return [...headers.filter((h) => !names.has(h.name.toLowerCase())), ...added];
}

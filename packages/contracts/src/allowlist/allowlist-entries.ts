import { z } from "zod";
import { parseHostPattern } from "./host-pattern";

/** Always allowed, on every instance and in the CLI: this machine. */
export const LOOPBACK_ALLOWLIST: readonly string[] = ["127.0.0.0/8", "::1", "localhost"];

/** The most entries one list (a project's, or the instance's) may hold. */
export const MAX_ALLOWLIST_ENTRIES = 500;

/** A project's allowlist as an admin saves it: valid entries, trimmed and lower-cased, each once. */
export const ZAllowlistEntries = z
  .array(z.string().max(300, "an allowlist entry is at most 300 characters"))
  .max(MAX_ALLOWLIST_ENTRIES, `an allowlist holds at most ${MAX_ALLOWLIST_ENTRIES} entries`)
  .transform((entries) => [...new Set(entries.map((e) => e.trim().toLowerCase()))])
  .superRefine((entries, ctx) => {
    entries.forEach((entry, i) => {
      const parsed = parseHostPattern(entry);
      if (!parsed.ok) ctx.addIssue({ code: "custom", path: [i], message: parsed.message });
    });
  });

/** Body of PUT /projects/:id/allowlist (the whole list replaces the old one). */
export const ZAllowlistUpdate = z.object({ entries: ZAllowlistEntries });
export type TAllowlistUpdate = z.infer<typeof ZAllowlistUpdate>;

/** What GET /projects/:id/allowlist answers: the project's entries and what the instance adds to them. */
export interface TProjectAllowlist {
  projectId: string;
  /** Entries the project's admins manage. */
  entries: string[];
  /** Entries every project has: loopback, the demo target's host, STAMPEDE_TARGET_ALLOWLIST. Read-only. */
  instanceEntries: string[];
}

/**
 * `STAMPEDE_TARGET_ALLOWLIST` as an environment schema: comma-separated patterns (blank: none). A bad entry
 * fails the parse naming it, so the process stops at boot rather than refuse runs later.
 */
export const ZAllowlistEnvVar = z
  .string()
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(",")
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
  )
  .superRefine((entries, ctx) => {
    for (const entry of entries) {
      const parsed = parseHostPattern(entry);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
    }
  });

/** The host (and port) of the demo target's URL, as an allowlist entry; undefined without a usable URL. */
function demoTargetEntry(demoTargetUrl: string | undefined): string | undefined {
  if (!demoTargetUrl) return undefined;
  try {
    return new URL(demoTargetUrl).host;
  } catch {
    return undefined;
  }
}

/**
 * The entries an instance gives every project: loopback, the demo target (DEMO_TARGET_URL, e.g. the
 * `demo-target` service of the compose file) and the operator's `STAMPEDE_TARGET_ALLOWLIST` (parsed).
 */
export function instanceAllowlist(settings: { operatorEntries: readonly string[]; demoTargetUrl?: string }): string[] {
  const demo = demoTargetEntry(settings.demoTargetUrl);
  return [...new Set([...LOOPBACK_ALLOWLIST, ...(demo ? [demo] : []), ...settings.operatorEntries])];
}

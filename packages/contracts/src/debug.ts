import { z } from "zod";
import { ZLoadConfig } from "./load";
import { ERROR_KINDS } from "./metrics";
import { OUTPUT_SOURCES, ZScenarioSpec } from "./scenario";

// The scenario editor's API: the single-iteration debugger, data files and export. Shared by the routes
// under /api/v1 and the console's editor.

/** Headers as sent or received, in order, one [name, value] pair per line. */
const ZHeaderPairs = z.array(z.tuple([z.string(), z.string()]));

/** A request exactly as the debugger sent it: every parameter and function already substituted. */
export const ZDebugSentRequest = z.object({
  method: z.string(),
  url: z.string(),
  headers: ZHeaderPairs,
  body: z.string().optional(),
  bodyTruncated: z.boolean(),
});
export type TDebugSentRequest = z.infer<typeof ZDebugSentRequest>;

/** The response the debugged request got; the body is cut at 64 KB. */
export const ZDebugResponse = z.object({
  status: z.number().int(),
  headers: ZHeaderPairs,
  body: z.string(),
  /** The body's full size in bytes, before any cut. */
  bodyBytes: z.number().int().nonnegative(),
  bodyTruncated: z.boolean(),
  latencyMs: z.number().nonnegative(),
});
export type TDebugResponse = z.infer<typeof ZDebugResponse>;

/** An output parameter after the request: its value, or why it is empty. */
export const ZDebugOutput = z.object({
  name: z.string(),
  source: z.enum(OUTPUT_SOURCES),
  expression: z.string(),
  /** Absent when nothing matched and there is no default: later steps see `${name}` unresolved. */
  value: z.string().optional(),
  /** Nothing matched and the default value was used. */
  usedDefault: z.boolean(),
  /** When nothing matched: which expression, on which source, and what the response held (truncated). */
  explanation: z.string().optional(),
});
export type TDebugOutput = z.infer<typeof ZDebugOutput>;

/** One checkpoint of the request: what it asserts, whether it held, and what was found when it did not. */
export const ZDebugCheck = z.object({
  description: z.string(),
  passed: z.boolean(),
  message: z.string(),
});
export type TDebugCheck = z.infer<typeof ZDebugCheck>;

/**
 * passed: ran and a run would count it a success; failed: ran, and a run would count a failure (status,
 * checkpoint, extraction, transport); error: could not run (its request could not be built) and the
 * iteration stopped there; skipped: disabled, or not reached.
 */
export const DEBUG_STEP_STATUSES = ["passed", "failed", "error", "skipped"] as const;

const stepBase = {
  /** Position in the flow's `steps` (disabled steps included); null for the token provider's request. */
  index: z.number().int().nullable(),
  name: z.string(),
  status: z.enum(DEBUG_STEP_STATUSES),
  /** What happened, in a sentence, when the fields alone do not say it. */
  note: z.string().optional(),
  durationMs: z.number().nonnegative(),
};

const httpFields = {
  ...stepBase,
  /** Absent when the request could not be built (the note says why). */
  request: ZDebugSentRequest.optional(),
  response: ZDebugResponse.optional(),
  /** No response came back: connection refused, timeout, reset, ... */
  transportError: z.object({ kind: z.enum(ERROR_KINDS), message: z.string() }).optional(),
  /** How a load run would count this request; absent for a success. */
  errorKind: z.enum(ERROR_KINDS).optional(),
  /** The parameters the request referenced, with their values before the step. */
  params: z.record(z.string(), z.string()),
  /** Referenced parameters nothing had set: they were sent as written (`${name}`). */
  missingParams: z.array(z.string()),
  outputs: z.array(ZDebugOutput),
  checks: z.array(ZDebugCheck),
};

/** An API operation of the flow. */
export const ZDebugHttpStep = z.object({ kind: z.literal("http"), ...httpFields });
export type TDebugHttpStep = z.infer<typeof ZDebugHttpStep>;

/** The token provider's request, fetched once before the first step that sends the token. */
export const ZDebugTokenStep = z.object({ kind: z.literal("token"), ...httpFields });
export type TDebugTokenStep = z.infer<typeof ZDebugTokenStep>;

/** Think time: drawn as in a run, but the debugger waits at most 1 s. */
export const ZDebugThinkStep = z.object({
  kind: z.literal("think"),
  ...stepBase,
  plannedMs: z.number().nonnegative(),
  waitedMs: z.number().nonnegative(),
});

/** Rendezvous: the debugger runs one VU, so it never waits here. */
export const ZDebugRendezvousStep = z.object({
  kind: z.literal("rendezvous"),
  ...stepBase,
  users: z.number().int(),
  timeoutMs: z.number().int(),
});

/** Data instruction: the values it set, or why one could not be computed (the parameter kept its value). */
export const ZDebugDataStep = z.object({
  kind: z.literal("data"),
  ...stepBase,
  assignments: z.array(z.object({ name: z.string(), value: z.string().optional(), error: z.string().optional() })),
});

/** One step of the debugged iteration. */
export const ZDebugStep = z.discriminatedUnion("kind", [
  ZDebugHttpStep,
  ZDebugTokenStep,
  ZDebugThinkStep,
  ZDebugRendezvousStep,
  ZDebugDataStep,
]);
export type TDebugStep = z.infer<typeof ZDebugStep>;

/**
 * passed: every step ran and passed; failed: every step ran, some failed; error: the iteration could not
 * start or stopped at a step that could not be built; aborted: the 30 s limit passed or the caller cancelled.
 */
export const DEBUG_OUTCOMES = ["passed", "failed", "error", "aborted"] as const;

/** What one debugged iteration of one flow did, step by step, for one VU. */
export const ZDebugResult = z.object({
  flowIndex: z.number().int().nonnegative(),
  flowName: z.string(),
  outcome: z.enum(DEBUG_OUTCOMES),
  /** Why the outcome is error or aborted. */
  error: z.string().optional(),
  /** Epoch ms the iteration started. */
  startedAt: z.number(),
  durationMs: z.number().nonnegative(),
  /** The parameters the data sources gave this iteration (one row of each file). */
  data: z.record(z.string(), z.string()),
  /** Every session parameter at the end: globals, data, outputs, data instructions. */
  params: z.record(z.string(), z.string()),
  steps: z.array(ZDebugStep),
});
export type TDebugResult = z.infer<typeof ZDebugResult>;

/** Body of POST /api/v1/debug: the spec being edited (saved or not), and whose data files to use. */
export const ZDebugRequest = z.object({
  spec: ZScenarioSpec,
  /** The data sources the spec binds are read from this scenario's uploaded files. */
  scenarioId: z.string().min(1).optional(),
  flowIndex: z.number().int().min(0).default(0),
});
export type TDebugRequest = z.input<typeof ZDebugRequest>;

/** An uploaded CSV data file of a scenario, as the API lists it. */
export const ZDataSourceInfo = z.object({
  name: z.string(),
  fileName: z.string(),
  header: z.array(z.string()),
  rowCount: z.number().int(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  /** The first 10 data rows (after the header line, when the file has one). */
  preview: z.array(z.array(z.string())),
});
export type TDataSourceInfo = z.infer<typeof ZDataSourceInfo>;

/** Rows shown as a data file's preview. */
export const DATA_SOURCE_PREVIEW_ROWS = 10;

/** Largest data file the console accepts, in bytes (100 MB). */
export const MAX_DATA_SOURCE_BYTES = 100 * 1024 * 1024;

/** A data file carried inside an export: its bytes in base64, so any text encoding survives the trip. */
export const ZExportedDataFile = z.object({
  /** The name the scenario's data source binding uses (`token.csv`). */
  name: z.string().min(1),
  /** The uploaded file's own name, when it differed. */
  fileName: z.string().optional(),
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "not base64"),
});
export type TExportedDataFile = z.infer<typeof ZExportedDataFile>;

/**
 * The console's scenario export, which `stampede run` reads unchanged. Data files are beside it, or inside
 * it (`dataFiles`) when it was exported with its data.
 */
export const ZScenarioExport = z.object({
  stampede: z.literal(1, { error: 'this console reads exports with "stampede": 1' }),
  name: z.string(),
  description: z.string().optional(),
  spec: ZScenarioSpec,
  load: ZLoadConfig.optional(),
  dataFiles: z.array(ZExportedDataFile).optional(),
  /** How the secret values travel: left out ("••••"), or sealed under the export's passphrase. */
  secrets: z.string().optional(),
});
export type TScenarioExport = z.infer<typeof ZScenarioExport>;

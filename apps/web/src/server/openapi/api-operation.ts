import type { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** What the automation API document says of one `/api/v1` route and method; schemas are the routes' own zod contracts. */
export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI path below /api/v1, path parameters in braces: `/runs/{id}/stats`. */
  path: string;
  summary: string;
  /** The JSON request body the route parses. */
  body?: z.ZodType;
  /** A request body that is not JSON (an upload): its media type. */
  rawBody?: string;
  /** The query parameters the route parses, as one object schema. */
  query?: z.ZodType;
  /** The JSON the route answers with on success. */
  response?: z.ZodType;
  /** Answers without credentials (health, the document itself, first-run setup). */
  public?: boolean;
  /** Lists or creates in a project: a user names it with `?project=` (an API key is bound to its own). */
  projectScoped?: boolean;
}

/**
 * One registry line: `op("GET /runs/{id}/stats", "Statistics of a time range", { query: ZRangeQuery })`.
 * The method and path read the way a request line does.
 */
export function op(route: string, summary: string, extra: Partial<ApiOperation> = {}): ApiOperation {
  const [method, path] = route.split(" ");
  if (!method || !path) throw new Error(`openapi registry: "${route}" is not "METHOD /path"`);
  return { method: method.toLowerCase() as HttpMethod, path, summary, ...extra };
}

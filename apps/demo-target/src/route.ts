import type { IncomingHttpHeaders } from "node:http";
import type { FieldsResult } from "./body";
import type { FreezeGate } from "./freeze";
import type { DemoTargetOptions } from "./options";
import type { Reply } from "./reply";
import type { Stats } from "./stats";
import type { TokenStore } from "./token-store";

/** What a route handler sees of a request; the body is already read, and parsed only if asked for. */
export interface RouteRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  fields(): FieldsResult;
}

/** The state one running target shares between its routes. */
export interface RouteDeps {
  options: DemoTargetOptions;
  store: TokenStore;
  stats: Stats;
  freeze: FreezeGate;
}

/** One method on one path. */
export interface Route {
  method: "GET" | "POST";
  path: string;
  /** Subject to the artificial `latencyMs`, like a backend doing real work. */
  slow?: boolean;
  handle(req: RouteRequest, deps: RouteDeps): Reply;
}

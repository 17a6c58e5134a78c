import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { EMPTY_BODY, MAX_BODY_BYTES, hasBody, parseFields, readBody, type RequestBody } from "./body";
import { delay } from "./freeze";
import { httpError, writeReply, type Reply } from "./reply";
import type { RouteDeps, RouteRequest } from "./route";
import { createRouter, type RouteMatch } from "./router";
import { CONTROL_PREFIX, ROUTES } from "./routes";

const NO_QUERY = new URLSearchParams();

/**
 * Every request goes: read the whole body, route, decide the reply, hold it (latency, freeze), write it,
 * then count it. Counting after the write keeps /__stats equal to what clients actually received.
 */
export function createRequestListener(deps: RouteDeps, shutdown: AbortSignal): RequestListener {
  const match = createRouter(ROUTES);

  async function serve(req: IncomingMessage, res: ServerResponse, pending: Promise<RequestBody> | undefined) {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    const body = pending ? await pending : EMPTY_BODY;
    const found = match(method, path);
    const request: RouteRequest = {
      method,
      path,
      query: q === -1 ? NO_QUERY : new URLSearchParams(url.slice(q + 1)),
      headers: req.headers,
      fields: () => (body.tooLarge ? { ok: true, fields: {} } : parseFields(req.headers["content-type"], body.bytes)),
    };
    const reply = decide(found, body, request, deps);

    const control = path.startsWith(CONTROL_PREFIX);
    if (!control) {
      if (found.kind === "route" && found.route.slow && deps.options.latencyMs > 0) {
        await delay(deps.options.latencyMs, shutdown);
      }
      await deps.freeze.pass();
    }
    // A client that gave up while the reply was held was not served, so it is not counted either.
    if (res.destroyed) return;
    writeReply(res, reply);
    if (!control && found.kind === "route") {
      deps.stats.recordResponse(`${method} ${path}`, reply.status, reply.status === 401 || reply.authError);
    }
  }

  return (req, res) => {
    serve(req, res, hasBody(req) ? readBody(req) : undefined).catch(() => {
      // Only the client aborting mid-body or the server shutting down get here: nobody is left to answer.
    });
  };
}

function decide(found: RouteMatch, body: RequestBody, request: RouteRequest, deps: RouteDeps): Reply {
  const { method, path } = request;
  if (found.kind === "no-route") return httpError(404, `no route ${method} ${path}`);
  if (found.kind === "bad-method") {
    return httpError(405, `method ${method} not allowed on ${path}`, { allow: found.allow });
  }
  if (body.tooLarge) return httpError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
  try {
    return found.route.handle(request, deps);
  } catch (error) {
    return httpError(500, `internal error: ${(error as Error).message}`);
  }
}

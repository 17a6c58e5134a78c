import { json } from "../reply";
import type { Route } from "../route";
import { buildOpenApiDocument } from "./openapi-document";

/**
 * GET /openapi.json: the API document, with the server URL the client used to reach this target (so an
 * import points at the target it was fetched from, whatever its port).
 */
export const openApiRoute: Route = {
  method: "GET",
  path: "/openapi.json",
  handle(req, deps) {
    const host = req.headers.host ?? `${deps.options.host}:${deps.options.port}`;
    return json(200, buildOpenApiDocument(`http://${host}`, deps.options.apps[0]!));
  },
};

import type { ApiOperation } from "./api-operation";
import { toJsonSchema, type JsonSchema } from "./json-schema";
import { API_OPERATIONS } from "./operations";

export const API_BASE_PATH = "/api/v1";

/** Where the session cookie of a signed-in browser is named; API clients send a key instead. */
const SESSION_COOKIE = "better-auth.session_token";

const SECURITY_SCHEMES = {
  apiKey: {
    type: "http",
    scheme: "bearer",
    description: "An API key made in Project settings → API keys, sent as `Authorization: Bearer <API key>`.",
  },
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "The console's session cookie; writes also need a same-site request with a JSON body.",
  },
};

const ERROR_RESPONSES = {
  "400": { description: "Invalid request: `{error, issues}`, each issue naming its field path" },
  "401": { description: "No valid credentials" },
  "403": { description: "The role or key scope does not allow this" },
  "404": { description: "Unknown, or in a project the caller is not a member of" },
};

/** The tag an operation is grouped under: its first path segment, in words. */
export function tagOf(path: string): string {
  const first = path.split("/")[1] ?? "";
  const named: Record<string, string> = {
    "openapi.json": "Service",
    health: "Service",
    setup: "Service",
    me: "Account",
  };
  return named[first] ?? first.charAt(0).toUpperCase() + first.slice(1).replace(/-/g, " ");
}

function parametersOf(operation: ApiOperation): JsonSchema[] {
  const inPath = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const query = operation.query ? toJsonSchema(operation.query, "input") : undefined;
  const required = new Set((query?.required as string[] | undefined) ?? []);
  const inQuery = Object.entries((query?.properties as Record<string, JsonSchema> | undefined) ?? {}).map(
    ([name, schema]) => ({ name, in: "query", required: required.has(name), schema }),
  );
  const project = operation.projectScoped
    ? [
        {
          name: "project",
          in: "query",
          required: false,
          description: "Project id for a signed-in user (default: the one chosen in the console); keys use their own",
          schema: { type: "string" },
        },
      ]
    : [];
  return [...inPath, ...inQuery, ...project];
}

function requestBodyOf(operation: ApiOperation): JsonSchema | undefined {
  if (operation.rawBody) {
    return { required: true, content: { [operation.rawBody]: { schema: { type: "string", format: "binary" } } } };
  }
  if (!operation.body) return undefined;
  return { required: true, content: { "application/json": { schema: toJsonSchema(operation.body, "input") } } };
}

function operationObject(operation: ApiOperation): JsonSchema {
  const success = operation.response
    ? { description: "OK", content: { "application/json": { schema: toJsonSchema(operation.response, "output") } } }
    : { description: "OK" };
  const parameters = parametersOf(operation);
  const requestBody = requestBodyOf(operation);
  return {
    tags: [tagOf(operation.path)],
    summary: operation.summary,
    operationId: `${operation.method}${operation.path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string = "") => c.toUpperCase())}`,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    ...(operation.public ? { security: [] } : {}),
    responses: { "200": success, ...(operation.public ? {} : ERROR_RESPONSES) },
  };
}

/** The OpenAPI 3.1 document of the automation API, made from the route registry and the routes' zod contracts. */
export function buildOpenApiDocument(operations: ApiOperation[] = API_OPERATIONS): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of operations) {
    const item = (paths[`${API_BASE_PATH}${operation.path}`] ??= {});
    item[operation.method] = operationObject(operation);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Stampede automation API",
      version: "1",
      description: "Everything the console does, for scripts and CI: send an API key as `Authorization: Bearer <key>`.",
    },
    paths,
    components: { securitySchemes: SECURITY_SCHEMES },
    security: [{ apiKey: [] }, { sessionCookie: [] }],
  };
}

let cached: JsonSchema | undefined;

/** The document, made once per process: the registry and contracts do not change while it runs. */
export function getOpenApiDocument(): JsonSchema {
  return (cached ??= buildOpenApiDocument());
}

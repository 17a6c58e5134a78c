import type { TImportNote, TImportedRequest, TKeyValue } from "@stampede/contracts";
import { asText, givenExample, mergedParameters, parameterValue, type Parameter } from "./parameters";
import { openApiBody, swaggerBody } from "./request-body";
import { paramName, securityRows } from "./security";

/** One operation, as the preview lists it; `globals` are the parameters its URL and headers refer to. */
export type OperationResult = { request: Omit<TImportedRequest, "index">; globals: TKeyValue[]; notes: TImportNote[] };

export type OperationInput = {
  doc: Record<string, unknown>;
  path: string;
  method: string;
  pathItem: Record<string, unknown>;
  operation: Record<string, unknown>;
};

const query = (rows: TKeyValue[]) =>
  rows.map((r) => `${encodeURIComponent(r.name)}=${r.value.startsWith("${") ? r.value : encodeURIComponent(r.value)}`);

/** Required parameters always; optional ones only when the document gives an example to send. */
const wanted = (p: Parameter) => p.required === true || givenExample(p) !== undefined;

/**
 * An operation → a request to `${base}/path`: path parameters as `${name}` (a global holds the example),
 * query and header parameters with their examples, the example body, the security scheme's headers.
 */
export function readOperation({ doc, path, method, pathItem, operation }: OperationInput): OperationResult {
  const where = `operation ${method} ${path}`;
  const notes: TImportNote[] = [];
  const globals: TKeyValue[] = [];
  const parameters = mergedParameters(pathItem, operation);
  for (const p of parameters.filter((x) => x.in === "path")) {
    globals.push({ name: paramName(p.name), value: asText(parameterValue(p)) });
  }
  const urlPath = path.replace(/\{([^}]+)\}/g, (_, name: string) => `\${${paramName(name)}}`);
  const security = securityRows(doc, operation);
  globals.push(...security.globals);
  const pick = (location: string) =>
    parameters
      .filter((p) => p.in === location && wanted(p))
      .map((p) => ({ name: p.name, value: asText(parameterValue(p)) }));
  const queryRows = [...pick("query"), ...security.query];
  const headers = [...pick("header"), ...security.headers];
  const cookies = pick("cookie");
  if (cookies.length) headers.push({ name: "Cookie", value: cookies.map((c) => `${c.name}=${c.value}`).join("; ") });
  const consumes = (operation.consumes ?? doc.consumes ?? []) as string[];
  const { body, notes: bodyNotes } =
    "swagger" in doc ? swaggerBody(parameters, consumes) : openApiBody(operation.requestBody as never);
  if (security.note) notes.push({ where, message: security.note });
  notes.push(...bodyNotes.map((message) => ({ where, message })));
  const qs = query(queryRows).join("&");
  const tags = operation.tags as string[] | undefined;
  const name = (operation.operationId as string) || (operation.summary as string) || `${method} ${path}`;
  return {
    request: {
      where,
      ...(tags?.[0] ? { group: tags[0] } : {}),
      name: name.slice(0, 120),
      method: method as TImportedRequest["method"],
      url: `\${base}${urlPath}${qs ? `?${qs}` : ""}`,
      headers,
      body,
      outputs: [],
      checks: [],
      isStatic: false,
    },
    globals,
    notes,
  };
}

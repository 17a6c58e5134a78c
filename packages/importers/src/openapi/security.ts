import type { TKeyValue } from "@stampede/contracts";

type SecurityScheme = { type?: string; scheme?: string; in?: string; name?: string };
type Requirement = Record<string, string[]>;

/** What a security requirement adds to a request, the globals it reads, and what it could not express. */
export type SecurityRows = { headers: TKeyValue[]; query: TKeyValue[]; globals: TKeyValue[]; note?: string };

/** A parameter name Stampede accepts, from an API key's header or query name. */
export const paramName = (name: string) => name.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/^([^A-Za-z_])/, "_$1");

/** The document's schemes: OpenAPI 3 `components.securitySchemes` or Swagger 2 `securityDefinitions`. */
function schemesOf(doc: Record<string, unknown>): Record<string, SecurityScheme> {
  const components = doc.components as { securitySchemes?: Record<string, SecurityScheme> } | undefined;
  return components?.securitySchemes ?? (doc.securityDefinitions as Record<string, SecurityScheme>) ?? {};
}

/**
 * The operation's security (or the document's): the first alternative is applied — a bearer token as
 * `Authorization: Bearer ${access_token}`, basic from `${username}`/`${password}`, API keys as `${<name>}`.
 */
export function securityRows(doc: Record<string, unknown>, operation: Record<string, unknown>): SecurityRows {
  const out: SecurityRows = { headers: [], query: [], globals: [] };
  const requirements = (operation.security ?? doc.security) as Requirement[] | undefined;
  const first = requirements?.[0];
  if (!first) return out;
  const schemes = schemesOf(doc);
  const skipped: string[] = [];
  for (const name of Object.keys(first)) {
    const scheme = schemes[name];
    const type = scheme?.type;
    const http = type === "http" ? scheme?.scheme?.toLowerCase() : type;
    if (http === "bearer" || type === "oauth2" || type === "openIdConnect") {
      out.headers.push({ name: "Authorization", value: "Bearer ${access_token}" });
      out.globals.push({ name: "access_token", value: "" });
    } else if (http === "basic") {
      out.headers.push({ name: "Authorization", value: "Basic ${__base64(${username}:${password})}" });
      out.globals.push({ name: "username", value: "" }, { name: "password", value: "" });
    } else if (type === "apiKey" && scheme?.name) {
      const param = paramName(scheme.name);
      const row = { name: scheme.name, value: `\${${param}}` };
      if (scheme.in === "query") out.query.push(row);
      else if (scheme.in === "cookie") out.headers.push({ name: "Cookie", value: `${scheme.name}=\${${param}}` });
      else out.headers.push(row);
      out.globals.push({ name: param, value: "" });
    } else skipped.push(name);
  }
  if (skipped.length) out.note = `security scheme(s) ${skipped.map((s) => `"${s}"`).join(", ")} not imported`;
  return out;
}

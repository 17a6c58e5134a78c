import type { TImportNote } from "@stampede/contracts";

type ServerObject = { url?: string; variables?: Record<string, { default?: unknown }> };

/** Stands in for an address the document does not give, so the URL is valid and the note says to set it. */
const PLACEHOLDER = "http://127.0.0.1";

/** The API's address, kept as the global `base`: OpenAPI's first server, or Swagger's scheme, host and base path. */
export function baseUrl(doc: Record<string, unknown>, notes: TImportNote[]): string {
  let url: string;
  if ("swagger" in doc) {
    const schemes = (doc.schemes as string[] | undefined) ?? [];
    const scheme = schemes.includes("https") && !schemes.includes("http") ? "https" : (schemes[0] ?? "http");
    const host = doc.host as string | undefined;
    if (!host) notes.push({ where: "host", message: `no host given: set the global "base" to the API's address` });
    url = `${host ? `${scheme}://${host}` : PLACEHOLDER}${(doc.basePath as string | undefined) ?? ""}`;
  } else {
    const servers = (doc.servers as ServerObject[] | undefined) ?? [];
    const server = servers[0];
    url = (server?.url ?? "").replace(/\{([^}]+)\}/g, (_, name: string) =>
      String(server?.variables?.[name]?.default ?? ""),
    );
    if (servers.length > 1) {
      notes.push({ where: "servers", message: `${servers.length} servers listed; the first is used as "base"` });
    }
    if (!/^https?:\/\//i.test(url)) {
      notes.push({
        where: "servers",
        message: url
          ? `server "${url}" is relative: set the global "base" to the API's address`
          : `no server given: set the global "base" to the API's address`,
      });
      url = `${PLACEHOLDER}${url.startsWith("/") ? url : ""}`;
    }
  }
  return url.replace(/\/+$/, "");
}

import type { TKeyValue, TRequestBody } from "@stampede/contracts";
import type { RequestBody } from "postman-collection";
import { toTemplate } from "./variables";

/** A request body as Stampede sends it, and what could not be carried over. */
export type BodyResult = { body: TRequestBody; notes: string[] };

type Row = { key?: string | null; value?: unknown; disabled?: boolean; type?: string; src?: unknown };

/** The enabled rows of a urlencoded or form-data list, as form fields. */
function fields(rows: Row[], unknown: Set<string>): TKeyValue[] {
  return rows
    .filter((r) => !r.disabled && r.key)
    .map((r) => ({ name: toTemplate(r.key!, unknown), value: toTemplate(String(r.value ?? ""), unknown) }));
}

/** Whether a raw body is JSON: Postman's language option says so, or the Content-Type does. */
function isJson(body: RequestBody, contentType: string | undefined): boolean {
  const language = (body as { options?: { raw?: { language?: string } } }).options?.raw?.language;
  return language === "json" || /[/+]json\b/i.test(contentType ?? "");
}

/** Postman's body modes → json, form or raw; file parts and binary files are noted. */
export function postmanBody(
  body: RequestBody | undefined,
  contentType: string | undefined,
  unknown: Set<string>,
): BodyResult {
  if (!body || (body as { disabled?: boolean }).disabled) return { body: { type: "none" }, notes: [] };
  const json = body.toJSON() as {
    mode?: string;
    raw?: string;
    urlencoded?: Row[];
    formdata?: Row[];
    graphql?: unknown;
  };
  switch (json.mode) {
    case "raw": {
      const text = toTemplate(json.raw ?? "", unknown);
      if (!text) return { body: { type: "none" }, notes: [] };
      if (isJson(body, contentType)) return { body: { type: "json", json: text }, notes: [] };
      return { body: { type: "raw", text, contentType: contentType ?? "text/plain" }, notes: [] };
    }
    case "urlencoded":
      return { body: { type: "form", fields: fields(json.urlencoded ?? [], unknown) }, notes: [] };
    case "formdata": {
      const rows = (json.formdata ?? []).filter((r) => !r.disabled);
      const files = rows.filter((r) => r.type === "file").map((r) => r.key ?? "");
      const notes = [`form-data body sent as a urlencoded form (multipart is not supported)`];
      if (files.length) notes.push(`file field(s) ${files.map((f) => `"${f}"`).join(", ")} not imported`);
      return {
        body: {
          type: "form",
          fields: fields(
            rows.filter((r) => r.type !== "file"),
            unknown,
          ),
        },
        notes,
      };
    }
    case "graphql": {
      const g = (json.graphql ?? {}) as { query?: string; variables?: string };
      const variables = g.variables?.trim() ? g.variables : "{}";
      const text = toTemplate(`{"query": ${JSON.stringify(g.query ?? "")}, "variables": ${variables}}`, unknown);
      return { body: { type: "json", json: text }, notes: [] };
    }
    case undefined:
      return { body: { type: "none" }, notes: [] };
    default:
      return { body: { type: "none" }, notes: [`${json.mode} body not imported`] };
  }
}

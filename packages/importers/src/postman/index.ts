import { HTTP_METHODS, type TImportNote, type TImportPreview, type TImportedRequest } from "@stampede/contracts";
import sdk, { type Item, type ItemGroup } from "postman-collection";
import { authRows } from "./auth";
import { postmanBody } from "./body";
import { readCollection } from "./read-collection";
import { scriptNotes } from "./script-notes";
import { toTemplate } from "./variables";

const { Collection, ItemGroup: Group } = sdk;

type Walk = { requests: TImportedRequest[]; notes: TImportNote[] };

/** An absolute URL, or a templated one (`${baseUrl}/x`); a bare host gets http:// as Postman assumes. */
function absolute(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.startsWith("${")) return url;
  return `http://${url}`;
}

/** One item → a request (or a note when its method cannot be sent). */
function readItem(item: Item, path: string[], walk: Walk): void {
  const where = `item ${[...path, item.name].join("/")}`;
  const request = item.request;
  const method = request.method.toUpperCase();
  const unknown = new Set<string>();
  if (!(HTTP_METHODS as readonly string[]).includes(method)) {
    walk.notes.push({ where, message: `method ${method} is not supported; request not imported` });
    return;
  }
  const auth = authRows(item.getAuth(), unknown);
  const url = request.url;
  url.query.remove((q) => Boolean(q.disabled), {});
  if (auth.query.length) url.addQueryParams(auth.query.map((q) => ({ key: q.name, value: q.value })));
  const headers = request.headers
    .all()
    .filter((h) => !h.disabled && h.key)
    .map((h) => ({ name: toTemplate(h.key!, unknown), value: toTemplate(String(h.value ?? ""), unknown) }));
  for (const h of auth.headers) {
    if (!headers.some((x) => x.name.toLowerCase() === h.name.toLowerCase())) headers.push(h);
  }
  const contentType = headers.find((h) => /^content-type$/i.test(h.name))?.value;
  const { body, notes: bodyNotes } = postmanBody(request.body, contentType, unknown);
  // The body carries its Content-Type and the engine sends it; a header of its own would send it twice.
  const sent = body.type === "none" ? headers : headers.filter((h) => !/^content-type$/i.test(h.name));
  const target = absolute(toTemplate(url.toString(), unknown));
  const scripts = scriptNotes(item);
  const messages = [...bodyNotes, ...(auth.note ? [auth.note] : []), ...scripts.notes];
  if (unknown.size) messages.push(`dynamic variable(s) ${[...unknown].map((u) => `{{${u}}}`).join(", ")} kept as text`);
  walk.notes.push(...messages.map((message) => ({ where, message })));
  walk.requests.push({
    index: walk.requests.length,
    where,
    ...(path.length ? { group: path.join(" / ") } : {}),
    name: item.name || `${method} ${url.getPath()}`,
    method: method as TImportedRequest["method"],
    url: target,
    headers: sent,
    body,
    outputs: scripts.outputs,
    checks: [],
    isStatic: false,
  });
}

/** Folders are walked depth-first in file order; a folder's own scripts are noted, not run. */
function readGroup(group: ItemGroup<Item>, path: string[], walk: Walk): void {
  group.items.each((child: Item | ItemGroup<Item>) => {
    if (Group.isItemGroup(child)) {
      const folder = child as ItemGroup<Item>;
      const inner = [...path, folder.name];
      const scripts = scriptNotes(folder);
      walk.notes.push(...scripts.notes.map((message) => ({ where: `folder ${inner.join("/")}`, message })));
      readGroup(folder, inner, walk);
    } else readItem(child as Item, path, walk);
  }, {});
}

/** A Postman collection (v2.0 or v2.1) → the preview: folders as groups, variables as globals, auth as headers. */
export function parsePostman(text: string): TImportPreview {
  const collection = new Collection(readCollection(text));
  const walk: Walk = { requests: [], notes: [] };
  const top = scriptNotes(collection);
  walk.notes.push(...top.notes.map((message) => ({ where: "collection", message })));
  readGroup(collection, [], walk);
  const unknown = new Set<string>();
  const globals = collection.variables
    .all()
    .filter((v) => v.key && !v.disabled)
    .map((v) => ({
      name: v.key!,
      value: toTemplate(v.value === undefined || v.value === null ? "" : String(v.value), unknown),
    }));
  return {
    format: "postman",
    title: collection.name || undefined,
    requests: walk.requests,
    globals,
    dataSources: [],
    notes: walk.notes,
  };
}

import type { TKeyValue, TRequestBody } from "@stampede/contracts";

/** The media type without its parameters, lower case: "application/json; charset=utf-8" → "application/json". */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded|graphql)$)|[+/](json|xml)$/;

/** A body is kept as text only when its type is text-like: correlation reads values from text, never from images. */
export function isTextType(mimeType: string | undefined): boolean {
  return TEXT_TYPES.test(mediaType(mimeType));
}

/**
 * Form fields of an urlencoded body, or undefined when the text is not name=value pairs (a JSON text sent
 * without a content type, a field without a name): fields would send something else, so it stays raw.
 */
export function formFields(text: string): TKeyValue[] | undefined {
  if (!text.split("&").every((pair) => /^[^=]+=/.test(pair))) return undefined;
  const fields = [...new URLSearchParams(text)].map(([name, value]) => ({ name, value }));
  return fields.every((f) => f.name !== "") ? fields : undefined;
}

/**
 * A recorded body as a step body: JSON when the type says JSON and the text parses (so the editor shows it as
 * JSON), form fields for an urlencoded form, otherwise the text as is with its content type.
 */
export function bodyFromText(text: string, contentType: string | undefined): TRequestBody {
  if (text === "") return { type: "none" };
  const type = mediaType(contentType);
  if (type === "application/json" && isJson(text)) return { type: "json", json: text };
  if (type === "application/x-www-form-urlencoded") {
    const fields = formFields(text);
    if (fields) return { type: "form", fields };
  }
  return { type: "raw", text, contentType: contentType?.trim() || "text/plain" };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

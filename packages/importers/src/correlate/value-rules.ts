import type { TCorrelation } from "@stampede/contracts";

/** Shorter values repeat by chance (page numbers, "ok", short codes); correlating them would be noise. */
export const MIN_VALUE_LENGTH = 8;

const JWT = /^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
// Epoch seconds or milliseconds from 2001 to 2286: a clock reading, the same in no two recordings.
const EPOCH = /^(1\d{9}|1\d{12})$/;
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

export function looksLikeJwt(value: string): boolean {
  return JWT.test(value) && value.startsWith("eyJ");
}

function looksLikeTimestamp(value: string): boolean {
  return ISO_DATE.test(value) || EPOCH.test(value) || HTTP_DATE.test(value);
}

/** Whether a value is specific enough that seeing it sent again means it was passed on. */
export function isDistinctive(value: string): boolean {
  if (value.length < MIN_VALUE_LENGTH) return false;
  if (/^(true|false|null|undefined)$/i.test(value)) return false;
  if (looksLikeTimestamp(value)) return false;
  // A URL or a sentence is content, not a handle.
  return !/\s/.test(value.trim()) && !/^https?:\/\//i.test(value);
}

const TOKEN_NAME = /token|jwt|session|ticket|sid$/i;
const SIGNATURE_NAME = /sign(ature)?$|^sig$/i;
const ID_NAME = /(^id|[a-z0-9]Id|_id|ID)$/;

/** What kind of value it is, by the name it came under and its shape. */
export function kindOf(name: string, value: string): TCorrelation["kind"] {
  if (TOKEN_NAME.test(name) || looksLikeJwt(value)) return "token";
  if (SIGNATURE_NAME.test(name)) return "signature";
  if (ID_NAME.test(name)) return "id";
  return "value";
}

/** Sibling fields that say how long a token lives, in seconds. */
export const LIFETIME_KEYS = ["expires_in", "expiresIn", "expires"] as const;

/** A parameter name from a JSON key or header name: `access_token`, `orderId`, `x_request_id`. */
export function paramNameFrom(name: string, fallback = "value"): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/^[^A-Za-z_]+/, "");
  return cleaned || fallback;
}

/** `name`, or `name_2`, `name_3`, ... whichever `taken` does not hold yet; the result is added to `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
  taken.add(candidate);
  return candidate;
}

/** A credential for display: the first 4 characters, then ••••. */
export function mask(value: string): string {
  return `${value.slice(0, 4)}••••`;
}

/** How a value is shown in the preview: masked when it is a credential, cut when long. */
export function shownValue(kind: TCorrelation["kind"], value: string): string {
  if (kind === "token" || kind === "signature") return mask(value);
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

import { SECRET_MASK } from "@stampede/contracts";

/**
 * Names whose values are credentials: headers, query parameters, JSON fields and session parameters. `ak` and
 * `sk` (cloud access and secret keys) only as whole names, so "task" or "disk" stay readable.
 */
const SECRET_NAME =
  /(^authorization$|^cookie$|^set-cookie$|token|secret|password|passwd|passphrase|^pwd$|api[-_]?key|app[-_]?key|private[-_]?key|credential|^jwt$|[-_]jwt$|^jwt[-_]|signature|^sign$|session|^ak$|^sk$)/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Keeps enough of a secret to tell two apart (its first 4 characters) and hides the rest. */
export function maskValue(value: string): string {
  if (value.length <= 4) return "****";
  return `${value.slice(0, 4)}…(${value.length} chars masked)`;
}

/** Masks query parameters with secret names in a URL or path. */
export function maskUrl(url: string): string {
  const q = url.indexOf("?");
  if (q === -1) return url;
  const query = url
    .slice(q + 1)
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      if (eq === -1) return pair;
      const name = decodeURIComponent(pair.slice(0, eq));
      // Left unencoded: a sampled URL is for reading, and "abcd…(12 chars masked)" reads better encoded-free.
      return isSecretName(name) ? `${pair.slice(0, eq)}=${maskValue(decodeURIComponent(pair.slice(eq + 1)))}` : pair;
    })
    .join("&");
  return `${url.slice(0, q)}?${query}`;
}

/** Masks the values of secret-named fields in a JSON or form body; other text is left as it is. */
export function maskBody(body: string, secrets: readonly string[]): string {
  let out = body.replace(/("([^"\\]*)"\s*:\s*)"([^"\\]*)"/g, (all, prefix: string, name: string, value: string) =>
    isSecretName(name) ? `${prefix}"${maskValue(value)}"` : all,
  );
  out = out.replace(/(^|&)([^=&]+)=([^&]*)/g, (all, lead: string, name: string, value: string) =>
    isSecretName(decodeURIComponent(name)) ? `${lead}${name}=${maskValue(decodeURIComponent(value))}` : all,
  );
  return maskKnownSecrets(out, secrets);
}

/** Masks the values of secret parameters (a token from a CSV, the provider's token) wherever they appear. */
export function maskKnownSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join(maskValue(secret));
  return out;
}

/** Marked secrets shorter than this are left alone: replacing "1" everywhere would garble a sample. */
const MIN_MARKED_SECRET = 4;

/** The forms a value takes in traffic: as typed, percent-encoded (URLs, forms) and escaped inside JSON. */
function formsOf(value: string): string[] {
  const forms = new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of a marked secret value (as typed, URL-encoded or JSON-escaped) by "••••". */
export function maskSecretValues(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) {
    if (value.length < MIN_MARKED_SECRET) continue;
    for (const form of formsOf(value)) if (out.includes(form)) out = out.split(form).join(SECRET_MASK);
  }
  return out;
}

/** A copy of a sample or Debug result with marked secret values masked in every string it holds. */
export function maskSecretsDeep<T>(value: T, values: readonly string[]): T {
  if (values.length === 0) return value;
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return maskSecretValues(node, values);
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== "object" || node === null) return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
  };
  return walk(value) as T;
}

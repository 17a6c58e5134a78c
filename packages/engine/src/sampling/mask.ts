/** Names whose values are credentials: headers, query parameters, JSON fields and session parameters. */
const SECRET_NAME =
  /(^authorization$|^cookie$|^set-cookie$|token|secret|password|passwd|^pwd$|api[-_]?key|signature|^sign$|session)/i;

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

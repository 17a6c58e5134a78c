import type { ApiKeyView } from "./settings-views";

/** Whether a key still works: revoked wins over expired; the page passes its render time so both sides agree. */
export function apiKeyStatus(key: Pick<ApiKeyView, "revokedAt" | "expiresAt">, nowMs: number) {
  if (key.revokedAt) return "revoked" as const;
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= nowMs) return "expired" as const;
  return "active" as const;
}

/**
 * The expiry field: empty means never; a whole number goes to the API, which checks its range. Anything else
 * is refused here, since JSON would turn it into null, which the API reads as "never expires".
 */
export function parseExpiryDays(text: string): { days: number | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { days: null };
  if (!/^-?\d+$/.test(trimmed)) return { error: `expires after: "${trimmed}" is not a whole number of days` };
  return { days: Number(trimmed) };
}

// Base64 of UTF-8 text without Buffer, so the importers also run in the browser.

export function base64ToText(base64: string): string {
  const binary = atob(base64.replace(/\s+/g, ""));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function textToBase64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

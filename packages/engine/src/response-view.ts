import type { ResponseView } from "./extract";
import type { WireResponse } from "./http/send";

/** A lazy view of a response: the body is decoded and parsed at most once, and only if something reads it. */
export function viewOf(res: WireResponse): ResponseView {
  let text: string | undefined;
  let json: unknown;
  let parsed = false;
  const bodyText = () => (text ??= res.body ? res.body.toString("utf8") : "");
  return {
    status: res.status,
    get headers() {
      return res.headers;
    },
    bodyText,
    bodyJson() {
      if (!parsed) {
        parsed = true;
        try {
          json = JSON.parse(bodyText());
        } catch {
          json = undefined;
        }
      }
      return json;
    },
  };
}

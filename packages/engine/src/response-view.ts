import type { ResponseView } from "./extract";
import type { WireResponse } from "./http/send";

/**
 * A lazy view of a response: the body is decoded and parsed at most once, and only if something reads it.
 * A class, not an object of closures: it is made for every response an output or a check reads.
 */
class LazyResponseView implements ResponseView {
  readonly status: number;
  private text: string | undefined = undefined;
  private json: unknown = undefined;
  private parsed = false;

  constructor(private readonly res: WireResponse) {
    this.status = res.status;
  }

  get headers() {
    return this.res.headers;
  }

  bodyText(): string {
    return (this.text ??= this.res.body ? this.res.body.toString("utf8") : "");
  }

  bodyJson(): unknown {
    if (!this.parsed) {
      this.parsed = true;
      try {
        this.json = JSON.parse(this.bodyText());
      } catch {
        this.json = undefined;
      }
    }
    return this.json;
  }
}

export function viewOf(res: WireResponse): ResponseView {
  return new LazyResponseView(res);
}

/** Counters for the requests the target served, as returned by GET /__stats. */
export interface DemoStats {
  /** Business and token requests answered; control routes (/__*) and unknown routes are not counted. */
  requests: number;
  /** Keyed "METHOD /path", without the query string. */
  byRoute: Record<string, number>;
  /** Keyed by HTTP status code. */
  status: Record<string, number>;
  /** 401 responses plus HTTP-200 responses carrying a WeChat auth errcode. */
  unauthorized: number;
  tokensIssued: number;
  /** When counting started (boot or the last reset). */
  since: string;
}

/** Exact request counters; a load test compares its own totals against these. */
export class Stats {
  private requests = 0;
  private unauthorized = 0;
  private tokensIssued = 0;
  private byRoute = new Map<string, number>();
  private status = new Map<number, number>();
  private since = new Date();

  recordResponse(routeKey: string, status: number, unauthorized: boolean): void {
    this.requests += 1;
    this.byRoute.set(routeKey, (this.byRoute.get(routeKey) ?? 0) + 1);
    this.status.set(status, (this.status.get(status) ?? 0) + 1);
    if (unauthorized) this.unauthorized += 1;
  }

  recordTokenIssued(): void {
    this.tokensIssued += 1;
  }

  snapshot(): DemoStats {
    return {
      requests: this.requests,
      byRoute: Object.fromEntries(this.byRoute),
      status: Object.fromEntries([...this.status].map(([code, n]) => [String(code), n])),
      unauthorized: this.unauthorized,
      tokensIssued: this.tokensIssued,
      since: this.since.toISOString(),
    };
  }

  reset(): void {
    this.requests = 0;
    this.unauthorized = 0;
    this.tokensIssued = 0;
    this.byRoute = new Map();
    this.status = new Map();
    this.since = new Date();
  }
}

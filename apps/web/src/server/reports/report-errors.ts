import type { TStepSummary } from "@stampede/contracts";

/** Failures of one kind (auth, http_5xx, timeout, ...) at one API. */
export interface ErrorKindRow {
  step: string;
  kind: string;
  count: number;
  /** Share of the API's requests, percent. */
  share: number;
}

/** Responses of one status code that is not 2xx/3xx at one API. */
export interface StatusRow {
  step: string;
  status: string;
  count: number;
  share: number;
}

const share = (count: number, requests: number) => (requests ? Math.round((count / requests) * 10000) / 100 : 0);

/** The error analysis: failures by kind and non-success status codes per API, the largest first. */
export function analyzeErrors(steps: TStepSummary[]): { kinds: ErrorKindRow[]; statuses: StatusRow[] } {
  const kinds: ErrorKindRow[] = [];
  const statuses: StatusRow[] = [];
  for (const s of steps) {
    for (const [kind, count] of Object.entries(s.errors)) {
      if (count > 0) kinds.push({ step: s.step, kind, count, share: share(count, s.requests) });
    }
    for (const [status, count] of Object.entries(s.statusCodes)) {
      if (count > 0 && !/^[23]/.test(status))
        statuses.push({ step: s.step, status, count, share: share(count, s.requests) });
    }
  }
  kinds.sort((a, b) => b.count - a.count);
  statuses.sort((a, b) => b.count - a.count);
  return { kinds, statuses };
}

import type { TErrorKind } from "@stampede/contracts";

/** Maps an undici/socket error to the failure kinds reports group by. */
export function classifyTransportError(error: unknown): TErrorKind {
  const code = (error as { code?: string }).code ?? "";
  switch (code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "connect";
    case "UND_ERR_CONNECT_TIMEOUT":
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
    case "ETIMEDOUT":
      return "timeout";
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return "reset";
    // The engine destroyed the connection itself: a stop's grace ran out with the request in flight.
    case "UND_ERR_DESTROYED":
      return "aborted";
    default:
      return "other";
  }
}

/** The failure kind of an HTTP status, if it is a failure. */
export function classifyStatus(status: number): TErrorKind | undefined {
  if (status === 401 || status === 403) return "auth";
  if (status >= 500) return "http_5xx";
  if (status >= 400) return "http_4xx";
  return undefined;
}

import type { TErrorKind } from "@stampede/contracts";
import { BLOCKED_TARGET_CODE } from "./target-guard";

/** Node's and OpenSSL's codes for a handshake or certificate failure. */
const TLS_CODE = /CERT|SELF_SIGNED|^UNABLE_TO_|^ERR_TLS_|^ERR_SSL_|^EPROTO$/;

/**
 * Maps an undici/socket error to the failure kinds reports group by; every error lands in a documented
 * kind. `invalid_request` is undici refusing the request before it reached the wire (the engine's own
 * checks catch these first; this is the net under them): the caller must not count it as sent.
 */
export function classifyTransportError(error: unknown): TErrorKind {
  const { code = "", name } = error as { code?: string; name?: string };
  switch (code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "ENETDOWN":
    case "EHOSTDOWN":
    case "EADDRNOTAVAIL":
      return "connect";
    case "UND_ERR_CONNECT_TIMEOUT":
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
    case "ETIMEDOUT":
      return "timeout";
    case "UND_ERR_HEADERS_OVERFLOW":
    case "UND_ERR_RES_CONTENT_LENGTH_MISMATCH":
    case "UND_ERR_RES_EXCEEDED_MAX_SIZE":
    case "UND_ERR_RESPONSE":
    case "UND_ERR_INFO":
      return "protocol";
    case "UND_ERR_ABORTED":
    case "UND_ERR_ABORT":
    case "UND_ERR_DESTROYED":
    case "ABORT_ERR":
      return "aborted";
    case "UND_ERR_INVALID_ARG":
    case "UND_ERR_NOT_SUPPORTED":
    case "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH":
    case "ERR_INVALID_URL":
      return "invalid_request";
    case BLOCKED_TARGET_CODE:
      return "blocked_target";
  }
  if (code.startsWith("HPE_") || name === "HTTPParserError") return "protocol";
  if (TLS_CODE.test(code)) return "tls";
  // ECONNRESET, EPIPE, ECONNABORTED, UND_ERR_SOCKET, UND_ERR_CLOSED, and any other socket-level failure.
  return "reset";
}

/** The failure kind of an HTTP status, if it is a failure. */
export function classifyStatus(status: number): TErrorKind | undefined {
  if (status === 401 || status === 403) return "auth";
  if (status >= 500) return "http_5xx";
  if (status >= 400) return "http_4xx";
  return undefined;
}

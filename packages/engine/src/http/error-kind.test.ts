import { ERROR_KINDS } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { classifyTransportError } from "./error-kind";

const kindOf = (code: string | undefined, name?: string) =>
  classifyTransportError(Object.assign(new Error("x"), { code, name }));

describe("classifyTransportError", () => {
  it("puts every transport error in a documented kind, never a catch-all", () => {
    expect(kindOf("ECONNREFUSED")).toBe("connect");
    expect(kindOf("ENOTFOUND")).toBe("connect");
    expect(kindOf("UND_ERR_HEADERS_TIMEOUT")).toBe("timeout");
    expect(kindOf("UND_ERR_CONNECT_TIMEOUT")).toBe("timeout");
    expect(kindOf("ECONNRESET")).toBe("reset");
    expect(kindOf("UND_ERR_SOCKET")).toBe("reset");
    expect(kindOf("DEPTH_ZERO_SELF_SIGNED_CERT")).toBe("tls");
    expect(kindOf("ERR_TLS_CERT_ALTNAME_INVALID")).toBe("tls");
    expect(kindOf("CERT_HAS_EXPIRED")).toBe("tls");
    expect(kindOf("HPE_INVALID_CONSTANT")).toBe("protocol");
    expect(kindOf(undefined, "HTTPParserError")).toBe("protocol");
    expect(kindOf("UND_ERR_RES_CONTENT_LENGTH_MISMATCH")).toBe("protocol");
    expect(kindOf("UND_ERR_ABORTED")).toBe("aborted");
    expect(kindOf("UND_ERR_DESTROYED")).toBe("aborted");
    expect(kindOf("UND_ERR_INVALID_ARG")).toBe("invalid_request");
    // An error nobody foresaw is still a socket-level failure of the exchange.
    expect(kindOf("ESOMETHINGNEW")).toBe("reset");
    expect(kindOf(undefined)).toBe("reset");
    for (const code of ["ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EPROTO", "HPE_X", "ESOMETHINGNEW"]) {
      expect(ERROR_KINDS).toContain(kindOf(code));
    }
  });
});

import type { ServerResponse } from "node:http";

/** A response a route has decided on, before it is written (so the pipeline can delay and count it). */
export interface Reply {
  status: number;
  contentType: string;
  payload: string;
  /** A WeChat auth error sent with HTTP 200; counted as unauthorized like a 401. */
  authError: boolean;
  headers?: Record<string, string>;
}

const JSON_TYPE = "application/json; charset=utf-8";

export function json(status: number, value: unknown, extra: Partial<Pick<Reply, "authError" | "headers">> = {}): Reply {
  return { status, contentType: JSON_TYPE, payload: JSON.stringify(value), authError: false, ...extra };
}

export function text(status: number, payload: string, contentType = "text/plain; charset=utf-8"): Reply {
  return { status, contentType, payload, authError: false };
}

/** A page of the shop site. */
export function html(status: number, payload: string): Reply {
  return text(status, payload, "text/html; charset=utf-8");
}

/** An error in the `{errcode, errmsg}` shape every route uses, with the HTTP status as errcode. */
export function httpError(status: number, errmsg: string, headers?: Record<string, string>): Reply {
  return json(status, { errcode: status, errmsg }, { headers });
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, {
    "content-type": reply.contentType,
    "content-length": Buffer.byteLength(reply.payload),
    ...reply.headers,
  });
  res.end(reply.payload);
}

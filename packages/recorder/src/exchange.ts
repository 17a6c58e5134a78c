/** A body as the recorder kept it. */
export interface TCapturedBody {
  /** The decoded text; absent when the body was binary or larger than the cap. */
  text?: string;
  /** Bytes on the wire (before content decoding). */
  size: number;
  mimeType: string;
  /** Why the text is absent, when it is: "binary" or "over 1 MB". */
  omitted?: string;
}

/** A request or response header, in the order and spelling it was sent. */
export type THeader = { name: string; value: string };

/** One request the recorder captured, with the response it got (absent when the exchange was aborted). */
export interface TRecordedExchange {
  /** 1, 2, 3 … in the order requests started. */
  seq: number;
  /** When the request started (epoch ms). */
  startedAtMs: number;
  /** From the request's start to the response's end (ms). */
  durationMs: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    headers: THeader[];
    body?: TCapturedBody;
  };
  response?: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: THeader[];
    body: TCapturedBody;
  };
  /** Why no response was recorded (the client or the server dropped the connection). */
  error?: string;
}

/** The most of one body the recorder keeps; larger bodies are noted, not stored, so a download stays cheap. */
export const MAX_CAPTURED_BODY_BYTES = 1024 * 1024;

// HTTP/1.1 request framing for the fast target, straight from socket chunks: find the end of the head, read
// Content-Length, hand each complete request on. node:http parses every header into objects and strings;
// this looks only at the three headers that decide framing and the connection, so the target stays cheap.
// Requests may arrive split over chunks or several to a chunk (pipelining); both are handled.

/** Called once per complete request, in order. `body` is a view into the received bytes: read it, don't keep it. */
export type OnRequest = (method: string, target: string, body: Buffer | undefined, close: boolean) => void;

const HEAD_END = Buffer.from("\r\n\r\n");
const CRLF = Buffer.from("\r\n");
const COLON = 0x3a;
const SPACE = 0x20;
const TAB = 0x09;
// Nothing the bench sends comes near these; beyond them the request is refused rather than buffered.
const MAX_HEAD_BYTES = 16 * 1024;
const MAX_BODY_BYTES = 1024 * 1024;

/** True when bytes [start, start + name.length) are `name` (lowercase letters and '-'), ignoring case. */
function nameIs(buf: Buffer, start: number, name: string): boolean {
  if (buf[start + name.length] !== COLON) return false;
  for (let i = 0; i < name.length; i++) if ((buf[start + i]! | 0x20) !== name.charCodeAt(i)) return false;
  return true;
}

/** The decimal value of [start, end) between optional blanks; -1 when it is anything else. */
function decimal(buf: Buffer, start: number, end: number): number {
  while (start < end && (buf[start] === SPACE || buf[start] === TAB)) start++;
  while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB)) end--;
  if (start === end || end - start > 9) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = buf[i]! - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

interface Head {
  method: string;
  target: string;
  contentLength: number;
  close: boolean;
}

/** Reads the head in [start, headEnd) (headEnd is where "\r\n\r\n" begins); undefined when malformed. */
function parseHead(buf: Buffer, start: number, headEnd: number): Head | undefined {
  const lineEnd = buf.indexOf(CRLF, start);
  const methodEnd = buf.indexOf(SPACE, start);
  const targetEnd = methodEnd < 0 ? -1 : buf.indexOf(SPACE, methodEnd + 1);
  if (methodEnd <= start || targetEnd < 0 || targetEnd >= lineEnd) return undefined;
  const head: Head = {
    method: buf.toString("latin1", start, methodEnd),
    target: buf.toString("latin1", methodEnd + 1, targetEnd),
    contentLength: 0,
    close: false,
  };
  // The CRLF at headEnd ends the last header line, so every line below ends at or before it.
  for (let line = lineEnd + 2; line < headEnd + 2;) {
    const end = buf.indexOf(CRLF, line);
    const first = buf[line]! | 0x20;
    if (first === 0x63 /* c */ && nameIs(buf, line, "content-length")) {
      head.contentLength = decimal(buf, line + 15, end);
      if (head.contentLength < 0 || head.contentLength > MAX_BODY_BYTES) return undefined;
    } else if (first === 0x63 && nameIs(buf, line, "connection")) {
      head.close = buf
        .toString("latin1", line + 11, end)
        .toLowerCase()
        .includes("close");
    } else if (first === 0x74 /* t */ && nameIs(buf, line, "transfer-encoding")) {
      return undefined; // Chunked request bodies: no generator in the bench sends them.
    }
    line = end + 2;
  }
  return head;
}

/** One connection's parser: push() every chunk the socket reads. */
export class RequestParser {
  /** Bytes of an unfinished request, kept until the rest arrives. */
  private pending: Buffer | undefined;
  /** How far `pending` was searched for the end of the head without finding it. */
  private searched = 0;
  private closed = false;

  constructor(private readonly onRequest: OnRequest) {}

  /** Returns false when the input is not a request this parser takes: answer 400 and close the connection. */
  push(chunk: Buffer): boolean {
    if (this.closed) return true;
    let buf = chunk;
    let searchFrom = 0;
    if (this.pending) {
      buf = Buffer.concat([this.pending, chunk]);
      // "\r\n\r\n" may straddle the old and new bytes: back up three.
      searchFrom = Math.max(0, this.searched - 3);
      this.pending = undefined;
    }
    let offset = 0;
    while (offset < buf.length) {
      const headEnd = buf.indexOf(HEAD_END, Math.max(offset, searchFrom));
      if (headEnd < 0) {
        if (buf.length - offset > MAX_HEAD_BYTES) return this.refuse();
        this.keep(buf, offset, buf.length - offset);
        return true;
      }
      const head = parseHead(buf, offset, headEnd);
      if (!head) return this.refuse();
      const bodyStart = headEnd + 4;
      const end = bodyStart + head.contentLength;
      if (end > buf.length) {
        // The head is complete; the next push searches it again from the start (rare: a body split by TCP).
        this.keep(buf, offset, 0);
        return true;
      }
      this.onRequest(head.method, head.target, end > bodyStart ? buf.subarray(bodyStart, end) : undefined, head.close);
      offset = end;
      if (head.close) {
        this.closed = true; // Whatever follows "Connection: close" is not answered.
        return true;
      }
    }
    return true;
  }

  private refuse(): false {
    this.closed = true; // The connection is closing; nothing after a bad request is read.
    this.pending = undefined;
    return false;
  }

  private keep(buf: Buffer, offset: number, searched: number): void {
    this.pending = buf.subarray(offset);
    this.searched = searched;
  }
}

// What the fast target answers: the same routes and bodies the bench's workloads expect from target-hello
// and the demo target, as pre-built bytes, so a generator is never left waiting on the server.
import { randomBytes } from "node:crypto";
import { ORDER_PATH } from "./post-flow";

// Every body here is ASCII, so string length is byte length.
function head(status: string, contentType: string | undefined, contentLength: number, connection = "keep-alive") {
  const type = contentType ? `Content-Type: ${contentType}\r\n` : "";
  return `HTTP/1.1 ${status}\r\n${type}Content-Length: ${contentLength}\r\nConnection: ${connection}\r\n\r\n`;
}

const response = (status: string, contentType: string | undefined, body: string) =>
  Buffer.from(head(status, contentType, body.length) + body, "latin1");

const JSON_TYPE = "application/json";
const HELLO = response("200 OK", "text/plain", "hello");
const JOINED = response(
  "200 OK",
  JSON_TYPE,
  '{"errcode":0,"errmsg":"ok","data":{"activityId":"A-1001","joined":true}}',
);
const INVALID_TOKEN = response(
  "401 Unauthorized",
  JSON_TYPE,
  '{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest"}',
);
/** The bench's POST workload: any JSON body is accepted, so only the generator's body path is compared. */
const ORDER_ACCEPTED = response("200 OK", JSON_TYPE, '{"errcode":0,"errmsg":"ok"}');
const NOT_FOUND = response("404 Not Found", undefined, "");
/** Sent before the connection is closed on a request the parser refuses. */
export const BAD_REQUEST = Buffer.from(head("400 Bad Request", undefined, 0, "close"), "latin1");

// A token is 40 hex characters, like a SHA-1 id: a random prefix drawn once per process, then a counter.
// Accepting one is a format check, not a Set lookup: the prefix must be this process's and the counter one
// this server has issued within the last TOKEN_WINDOW. That accepts exactly the recent tokens this server
// issued, at the cost of a byte compare and a 12-digit hex read — a Set of issued tokens would cost a hash
// insert and delete per issue and a string per lookup, work the target would be doing instead of serving.
const COUNTER_DIGITS = 12;
const PREFIX = randomBytes(14).toString("hex");
const PREFIX_BYTES = Buffer.from(PREFIX, "latin1");
const TOKEN_LENGTH = PREFIX.length + COUNTER_DIGITS;
// Far more tokens than can be in flight at once: each virtual user uses its token right after it gets it.
const TOKEN_WINDOW = 1 << 20;
const TOKEN_FIELD = Buffer.from('"input_token":"');

let issued = 0;
/** Requests answered, `/__count` itself excepted: the bench measures an achieved rate by the target's own count. */
let served = 0;

/** `GET /__count`: how many requests this process has answered so far. */
function countResponse(): string {
  const body = `{"requests":${served}}`;
  return head("200 OK", JSON_TYPE, body.length) + body;
}

const tokenBody = (token: string) => `{"access_token":"${token}","expires_in":7200}`;
// The body's length never changes, so neither does the head.
const TOKEN_HEAD = head("200 OK", JSON_TYPE, tokenBody("0".repeat(TOKEN_LENGTH)).length);

/** A token response with the next token. */
function issueToken(): string {
  issued++;
  return TOKEN_HEAD + tokenBody(PREFIX + issued.toString(16).padStart(COUNTER_DIGITS, "0"));
}

/** The hex value of [start, end), or -1 when a byte is not a lowercase hex digit. */
function hexValue(buf: Buffer, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** True when the body holds `"input_token":"<token>"` with a token this server issued recently. */
export function hasIssuedToken(body: Buffer | undefined): boolean {
  if (!body) return false;
  const at = body.indexOf(TOKEN_FIELD);
  if (at < 0) return false;
  const start = at + TOKEN_FIELD.length;
  if (body[start + TOKEN_LENGTH] !== 0x22 /* " */) return false;
  if (body.compare(PREFIX_BYTES, 0, PREFIX_BYTES.length, start, start + PREFIX_BYTES.length) !== 0) return false;
  const counter = hexValue(body, start + PREFIX_BYTES.length, start + TOKEN_LENGTH);
  return counter > 0 && counter <= issued && counter > issued - TOKEN_WINDOW;
}

/** The complete response (head and body) to one request. */
export function route(method: string, target: string, body: Buffer | undefined): Buffer | string {
  if (method === "GET" && target === "/__count") return countResponse();
  served++;
  if (method === "GET") {
    if (target === "/hello") return HELLO;
    if (target.startsWith("/cgi-bin/token") && (target.length === 14 || target[14] === "?")) return issueToken();
  } else if (method === "POST" && target === "/api/activity") {
    return hasIssuedToken(body) ? JOINED : INVALID_TOKEN;
  } else if (method === "POST" && target === ORDER_PATH) {
    return ORDER_ACCEPTED;
  }
  return NOT_FOUND;
}

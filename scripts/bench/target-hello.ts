// The minimal node:http target (`--target node-http`): GET /hello answers "hello" on a keep-alive connection;
// POST /api/order reads the body and answers a small JSON document.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ORDER_PATH } from "./post-flow";
import { announceReady, exitWithParent } from "./target-lifecycle";

const BODY = Buffer.from("hello");
const ORDER_ACCEPTED = Buffer.from('{"errcode":0,"errmsg":"ok"}');

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/hello") {
    res.writeHead(200, { "content-type": "text/plain", "content-length": BODY.length });
    res.end(BODY);
  } else if (req.method === "POST" && req.url === ORDER_PATH) {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": ORDER_ACCEPTED.length });
      res.end(ORDER_ACCEPTED);
    });
  } else {
    res.writeHead(404, { "content-length": 0 });
    res.end();
  }
});
// Longer than any case, so the server never closes a connection a generator is about to reuse.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  announceReady(`http://127.0.0.1:${port}`);
  exitWithParent();
});

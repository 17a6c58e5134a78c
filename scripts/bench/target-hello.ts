// The minimal node:http target (`--target node-http`): GET /hello answers "hello" on a keep-alive connection.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { announceReady, exitWithParent } from "./target-lifecycle";

const BODY = Buffer.from("hello");

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/hello") {
    res.writeHead(200, { "content-type": "text/plain", "content-length": BODY.length });
    res.end(BODY);
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

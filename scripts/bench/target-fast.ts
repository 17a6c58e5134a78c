// The default target for both workloads: one process on node:net, no node:http. It frames requests itself
// (http-request-parser.ts) and answers with pre-built bytes (fast-routes.ts), so it spends a fraction of
// what node:http does per request and the generator, not the server, sets the pace. The project's
// reference figures were measured against nginx; this plays that part without needing nginx installed.
import { createServer, type AddressInfo, type Socket } from "node:net";
import { BAD_REQUEST, route } from "./fast-routes";
import { RequestParser } from "./http-request-parser";
import { announceReady, exitWithParent } from "./target-lifecycle";

function serve(socket: Socket): void {
  const parser = new RequestParser((method, target, body, close) => {
    socket.write(route(method, target, body), "latin1");
    // The answer still says keep-alive; closing right after it is what the client asked for.
    if (close) socket.end();
  });
  socket.on("data", (chunk: Buffer) => {
    // Pipelined requests in one chunk get their answers in one write.
    socket.cork();
    const ok = parser.push(chunk);
    socket.uncork();
    if (!ok) socket.end(BAD_REQUEST);
  });
  // A generator that stops mid-request resets its connections; nothing to do but let the socket go.
  socket.on("error", () => socket.destroy());
}

const server = createServer({ noDelay: true }, serve);
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  announceReady(`http://127.0.0.1:${port}`);
  exitWithParent();
});

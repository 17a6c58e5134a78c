import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type RequestListener, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/** A server on 127.0.0.1 for tests to record, with its origin. */
export interface TTestServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Echoes what it got as JSON; `/image` answers PNG bytes; `/big` a body over the recorder's cap. */
export const echo: RequestListener = (req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    if (req.url === "/image") {
      res.setHeader("content-type", "image/png");
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]));
      return;
    }
    if (req.url === "/big") {
      res.setHeader("content-type", "text/plain");
      res.end("x".repeat(2 * 1024 * 1024));
      return;
    }
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ method: req.method, url: req.url, body: Buffer.concat(chunks).toString("utf8") }));
  });
};

export async function startHttpServer(listener: RequestListener = echo): Promise<TTestServer> {
  return listen(createHttpServer(listener), "http");
}

/**
 * An HTTPS server on 127.0.0.1 with a certificate made here by openssl for `localhost` (its origin names it so:
 * the recorder's certificates cover host names, not bare IP addresses); returns that certificate too.
 */
export async function startHttpsServer(dir: string, listener: RequestListener = echo) {
  const [key, cert] = [join(dir, "server-key.pem"), join(dir, "server-cert.pem")];
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"],
      ...["-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
    ],
    { stdio: "ignore" },
  );
  const certPem = readFileSync(cert, "utf8");
  const server = createHttpsServer({ key: readFileSync(key), cert: certPem }, listener);
  const listening = await listen(server, "https");
  return { ...listening, origin: `https://localhost:${listening.port}`, cert: certPem };
}

async function listen(server: Server, scheme: string): Promise<TTestServer> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${scheme}://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

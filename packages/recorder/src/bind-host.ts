import { createRequire } from "node:module";
import type { Server } from "node:net";

type ComboModule = { createComboServer: (options: unknown) => Promise<Server> };

// mockttp listens on every interface (`server.listen(port)`, no host) and has no option for it. Its server is
// made by one exported factory, looked up on its module at each start; wrapping that factory lets a start say
// which address to bind. The host is captured synchronously: mockttp calls the factory before its first await.
// The module is read at the first start, not at import: a CLI bundle that never records never loads mockttp.
const comboModule = () => createRequire(import.meta.url)("mockttp/dist/server/http-combo-server") as ComboModule;
let nextHost: string | undefined;
let wrapped = false;

/** Runs `start` (a mockttp start) so the server it creates binds to `host` only; returns that server. */
export async function startBoundTo(host: string, start: () => Promise<void>): Promise<Server> {
  wrap();
  let created: Server | undefined;
  nextHost = host;
  captured = (server) => (created = server);
  const starting = start();
  nextHost = undefined;
  captured = undefined;
  await starting;
  if (!created) throw new Error("the proxy library did not create its server through the expected factory");
  return created;
}

let captured: ((server: Server) => void) | undefined;

function wrap(): void {
  if (wrapped) return;
  wrapped = true;
  const combo = comboModule();
  const original = combo.createComboServer;
  combo.createComboServer = (options: unknown) => {
    const host = nextHost;
    const report = captured;
    return original(options).then((server) => {
      if (host !== undefined) {
        const listen = server.listen.bind(server) as (port: number, host: string) => Server;
        // mockttp calls listen(port) once; bind that call to the chosen address.
        (server as { listen: unknown }).listen = (port: number) => listen(port, host);
      }
      report?.(server);
      return server;
    });
  };
}

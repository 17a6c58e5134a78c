import type { Socket } from "node:net";

/** How long opening one connection took, in ms. */
export interface ConnectTimings {
  dns: number;
  connect: number;
  tls: number;
}

/** The timings of the connection whose first request undici is writing right now, if one was just opened. */
let fresh: ConnectTimings | undefined;

/**
 * Hands a new connection's timings to the request written first on it. undici writes that request
 * synchronously inside the connector's callback (connect → resume → write → the handler's onConnect), so one
 * slot, filled just before the callback and emptied after it, reaches exactly that request and no other.
 */
export function handOverConnection(timings: ConnectTimings, callback: () => void) {
  fresh = timings;
  try {
    callback();
  } finally {
    fresh = undefined;
  }
}

/** Taken by a request as it is written: the timings of the connection just opened for it, else undefined. */
export function takeFreshConnection(): ConnectTimings | undefined {
  const taken = fresh;
  fresh = undefined;
  return taken;
}

/**
 * Watches a socket being opened: DNS ends at its `lookup` event (none for an IP address), TCP at `connect`
 * (undici's own listener may run first, so a missing mark means "at the callback"), TLS at the callback of
 * an https connection. Returns a function that reads the phases when the connector's callback fires.
 */
export function watchConnection(socket: Socket, tls: boolean, hrtime: () => number): () => ConnectTimings {
  const startedAt = hrtime();
  let lookupAt: number | undefined;
  let connectedAt: number | undefined;
  socket.once("lookup", () => (lookupAt = hrtime()));
  socket.once("connect", () => (connectedAt = hrtime()));
  return () => {
    const end = hrtime();
    const tcpStart = lookupAt ?? startedAt;
    const tcpEnd = tls ? (connectedAt ?? end) : end;
    return { dns: tcpStart - startedAt, connect: Math.max(0, tcpEnd - tcpStart), tls: tls ? end - tcpEnd : 0 };
  };
}

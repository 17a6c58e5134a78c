import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The recorder's certificate authority: its PEM texts and where they live. */
export interface TRecorderCa {
  certPath: string;
  keyPath: string;
  cert: string;
  key: string;
}

/** The CA file names inside a CA directory; the certificate is what users install and the console serves. */
export const CA_CERT_FILE = "ca.pem";
export const CA_KEY_FILE = "ca.key";

/**
 * The CA in `caDir`, generated on first use and reused after, so a certificate a user trusted once keeps
 * working. The key is written with mode 0600 (only this user may sign with it); `wx` makes two processes
 * starting together agree on the first pair written.
 */
export async function ensureCa(caDir: string): Promise<TRecorderCa> {
  const certPath = join(caDir, CA_CERT_FILE);
  const keyPath = join(caDir, CA_KEY_FILE);
  const existing = readCa(certPath, keyPath);
  if (existing) return existing;
  mkdirSync(caDir, { recursive: true, mode: 0o700 });
  // Loaded when needed: a CLI bundle that never records never loads the proxy library (see bind-host.ts).
  const { generateCACertificate } = await import("mockttp");
  const generated = await generateCACertificate({
    subject: { commonName: "Stampede recording proxy CA", organizationName: "Stampede" },
  });
  try {
    writeFileSync(keyPath, generated.key, { mode: 0o600, flag: "wx" });
    chmodSync(keyPath, 0o600); // the umask may have narrowed nothing, but never widens: say it outright
    writeFileSync(certPath, generated.cert, { mode: 0o644, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Another process wrote its pair first: use theirs (wait for its certificate to land).
    for (let attempt = 0; attempt < 50; attempt++) {
      const theirs = readCa(certPath, keyPath);
      if (theirs) return theirs;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${caDir} holds ${CA_KEY_FILE} without ${CA_CERT_FILE}; remove both to make a new CA`);
  }
  return { certPath, keyPath, cert: generated.cert, key: generated.key };
}

function readCa(certPath: string, keyPath: string): TRecorderCa | undefined {
  try {
    const cert = readFileSync(certPath, "utf8");
    const key = readFileSync(keyPath, "utf8");
    if (!cert.includes("BEGIN CERTIFICATE") || !key.includes("PRIVATE KEY")) return undefined;
    return { certPath, keyPath, cert, key };
  } catch {
    return undefined;
  }
}

// `npm start` must never lock a newcomer out: without STAMPEDE_INIT_ADMIN_* it makes a demo admin once, keeps
// the login in the data directory (mode 0600) and prints it at every start.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface DemoLogin {
  adminEmail: string;
  adminPassword: string;
}

export function demoLogin(dataDir: string): DemoLogin {
  const file = join(dataDir, "demo-login.json");
  try {
    return JSON.parse(readFileSync(file, "utf8")) as DemoLogin;
  } catch {
    const login = { adminEmail: "admin@stampede.local", adminPassword: randomBytes(9).toString("base64url") };
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
    return login;
  }
}

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { getAuthSecret } from "./auth-secret";

/** Shortest password accepted, for the first admin and for members an admin adds. */
export const MIN_PASSWORD_LENGTH = 10;

function createAuth() {
  return betterAuth({
    appName: "Stampede",
    // Unset: the origin comes from each request, so the console works on whatever host and port it is reached.
    baseURL: getEnv().STAMPEDE_PUBLIC_URL,
    secret: getAuthSecret(),
    // The console's own pages, on whatever host they were reached: the same rule as the API's cross-site check.
    trustedOrigins: (request?: Request) => sameHostOrigins(request),
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    // Accounts are made by the first-run page, by STAMPEDE_INIT_* and by project admins, never by strangers.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
    // Guessing passwords stays slow (20 tries a minute per address) without tripping a team behind one proxy.
    rateLimit: { customRules: { "/sign-in/email": { window: 60, max: 20 } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: { defaultCookieAttributes: { httpOnly: true, sameSite: "lax" } },
    telemetry: { enabled: false },
    // Its only warning at start says the origin comes from each request, which is what Stampede wants.
    logger: { level: "error" },
    plugins: [nextCookies()],
  });
}

function sameHostOrigins(request: Request | undefined): string[] {
  const host = request?.headers.get("x-forwarded-host") ?? request?.headers.get("host");
  return host ? [`http://${host}`, `https://${host}`] : [];
}

export type StampedeAuth = ReturnType<typeof createAuth>;

// One instance per process; Next.js dev reloads modules, so it lives on globalThis like the Prisma client.
const holder = globalThis as unknown as { stampedeAuth?: StampedeAuth };

export function getAuth(): StampedeAuth {
  holder.stampedeAuth ??= createAuth();
  return holder.stampedeAuth;
}

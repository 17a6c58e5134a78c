import { getPrisma, type PrismaClient } from "@stampede/db";
import { getEnv } from "./env";

/** The process's one Prisma client (getPrisma keeps it on globalThis across dev reloads). */
export function getDb(): PrismaClient {
  return getPrisma(getEnv().DATABASE_URL);
}

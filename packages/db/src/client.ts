import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };
/** A client or an interactive transaction: every domain function takes one of these. */
export type Db = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

// One client per process; Next.js dev reloads modules, so the instance lives on globalThis.
const globalForPrisma = globalThis as unknown as { stampedePrisma?: PrismaClient };

export function getPrisma(databaseUrl: string): PrismaClient {
  globalForPrisma.stampedePrisma ??= createPrismaClient(databaseUrl);
  return globalForPrisma.stampedePrisma;
}

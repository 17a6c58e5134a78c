import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/stampede";
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;

// The adapter gets the URL's parts, not the string: for its shadow database it overrides `database`,
// which a connection string would silently win over.
function connectionParts(raw: string) {
  const url = new URL(raw);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || "postgres"),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1) || "postgres",
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => new PrismaPg(connectionParts(process.env.DATABASE_URL!)),
});

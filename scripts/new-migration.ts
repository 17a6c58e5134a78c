// Writes the next SQL migration: the difference between the schema at HEAD and the working schema.
// `prisma migrate dev` needs a shadow database the driver adapter cannot drop, so we diff schema files.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DATABASE_URL, ensureDatabase } from "./lib/database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(1);
}
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
await ensureDatabase(process.env.DATABASE_URL);

const hasMigrations = readdirSync("prisma/migrations", { withFileTypes: true }).some((d) => d.isDirectory());
let from = ["--from-empty"];
if (hasMigrations) {
  const previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
  const file = join(mkdtempSync(join(tmpdir(), "stampede-schema-")), "schema.prisma");
  writeFileSync(file, previous);
  from = ["--from-schema-datamodel", file];
}
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
  console.log("The schema has not changed since HEAD; no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join("prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
console.log(`wrote ${dir}/migration.sql`);

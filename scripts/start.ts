// `npm start`: prepares the database, builds the console, and runs console + worker + demo target.
import { DEFAULT_DATABASE_URL } from "./lib/database";
import { assertPortFree, stopAll } from "./lib/processes";
import { demoLogin } from "./lib/demo-login";
import { buildWeb, DATA_DIR, launchStack, prepareDatabase, type StackSettings } from "./lib/stack";

// An operator's STAMPEDE_INIT_ADMIN_* reach the console as they are; otherwise a demo admin is made once.
const login = process.env.STAMPEDE_INIT_ADMIN_EMAIL ? null : demoLogin(process.env.STAMPEDE_DATA_DIR ?? DATA_DIR);

const settings: StackSettings = {
  databaseUrl: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  redisPrefix: process.env.STAMPEDE_REDIS_PREFIX ?? "{stampede}",
  webPort: Number(process.env.STAMPEDE_WEB_PORT ?? 3000),
  demoTargetPort: Number(process.env.DEMO_TARGET_PORT ?? 4010),
  init: login ?? undefined,
};

let shuttingDown = false;

async function main() {
  await assertPortFree(settings.webPort, "STAMPEDE_WEB_PORT");
  await assertPortFree(settings.demoTargetPort, "DEMO_TARGET_PORT");
  await prepareDatabase(settings);
  if (process.env.STAMPEDE_SKIP_BUILD !== "1") await buildWeb(settings);
  const { webUrl, processes } = await launchStack(settings);
  console.log(`\nStampede is running: ${webUrl}  (demo target http://127.0.0.1:${settings.demoTargetPort})`);
  if (login)
    console.log(
      `Log in as ${login.adminEmail} with password ${login.adminPassword}` +
        ` (kept in ${process.env.STAMPEDE_DATA_DIR ?? DATA_DIR}/demo-login.json).`,
    );
  else console.log(`Log in as ${process.env.STAMPEDE_INIT_ADMIN_EMAIL} (STAMPEDE_INIT_ADMIN_EMAIL).`);
  console.log("Open the console, pick the demo scenario, press Start. Ctrl-C stops everything.\n");
  for (const { name, child } of processes) {
    child.once("exit", (code) => {
      if (shuttingDown) return;
      shuttingDown = true;
      console.error(`${name} exited (code ${code}); stopping the rest.`);
      void stopAll().then(() => process.exit(1));
    });
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    shuttingDown = true;
    void stopAll().then(() => process.exit(0));
  });
}

main().catch(async (error: Error) => {
  console.error(`\nstampede: ${error.message}`);
  await stopAll();
  process.exit(1);
});

// Seeds the demo scenario (idempotent: an existing scenario of the same name is updated, not duplicated).
import { DEMO_LOAD, DEMO_SCENARIO_NAME, demoScenarioSpec, ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { createPrismaClient, createScenario, updateScenario } from "@stampede/db";

const databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/stampede";
const targetUrl = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";

const db = createPrismaClient(databaseUrl);
try {
  const input = {
    name: DEMO_SCENARIO_NAME,
    description: "Fetch a WeChat-style access token, then join an activity with it (demo target).",
    spec: ZScenarioSpec.parse(demoScenarioSpec(targetUrl)),
    load: ZLoadConfig.parse(DEMO_LOAD),
  };
  const existing = await db.scenario.findFirst({ where: { name: DEMO_SCENARIO_NAME } });
  if (existing) await updateScenario(db, existing.id, input);
  else await createScenario(db, input);
  console.log(`seed: demo scenario "${DEMO_SCENARIO_NAME}" targets ${targetUrl}`);
} finally {
  await db.$disconnect();
}

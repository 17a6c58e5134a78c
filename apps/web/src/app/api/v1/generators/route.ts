import { getEnv } from "@/lib/env";
import { getRedis } from "@/lib/redis";
import { listGenerators } from "@/server/generators/list-generators";
import { withErrors } from "@/server/http/errors";

export const dynamic = "force-dynamic";

export const GET = withErrors(async () => {
  const generators = await listGenerators(getRedis(), getEnv().STAMPEDE_REDIS_PREFIX);
  return Response.json({ generators });
});

import { getEnv } from "@/lib/env";
import { getRedis } from "@/lib/redis";
import { listGenerators } from "@/server/generators/list-generators";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

export const GET = authed(async () => {
  const generators = await listGenerators(getRedis(), getEnv().STAMPEDE_REDIS_PREFIX);
  return Response.json({ generators });
});

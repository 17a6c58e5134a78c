import type { TGeneratorStatus } from "@stampede/contracts";
import { GeneratorRegistry } from "@stampede/queue";

type Redis = ConstructorParameters<typeof GeneratorRegistry>[0];

/**
 * Every generator seen in the last 10 minutes, as the registry knows it: live ones first, then by region and
 * name, so the list keeps its order from one refresh to the next.
 */
export async function listGenerators(redis: Redis, prefix: string, nowMs = Date.now()): Promise<TGeneratorStatus[]> {
  const generators = await new GeneratorRegistry(redis, prefix).list(nowMs);
  return generators.sort(
    (a, b) => Number(b.alive) - Number(a.alive) || a.region.localeCompare(b.region) || a.name.localeCompare(b.name),
  );
}

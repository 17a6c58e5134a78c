import type { Metadata } from "next";
import { AutoRefresh } from "@/components/auto-refresh";
import { Card, PageHeader } from "@/components/card";
import { GeneratorsTable } from "@/components/generators/generators-table";
import { getEnv } from "@/lib/env";
import { getRedis } from "@/lib/redis";
import { listGenerators } from "@/server/generators/list-generators";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Generators" };

/** The load generators, refreshed every 2 s: who is up, where, how busy, and which runs' shards they carry. */
export default async function GeneratorsPage() {
  const nowMs = Date.now();
  let body;
  try {
    const generators = await listGenerators(getRedis(), getEnv().STAMPEDE_REDIS_PREFIX, nowMs);
    body = <GeneratorsTable generators={generators} nowMs={nowMs} />;
  } catch (error) {
    // Redis is where generators report; without it there is nothing to list, but the page should say why.
    body = (
      <p role="alert" className="px-4 py-6 text-sm text-red-700">
        Cannot read the generator registry: {(error as Error).message}. Retrying every 2 s.
      </p>
    );
  }
  return (
    <>
      <PageHeader
        title="Generators"
        subtitle="Worker processes that generate load. One silent for 4 s is lost, and its shards are handled as its runs ask."
      />
      <Card>{body}</Card>
      <AutoRefresh everyMs={2000} />
    </>
  );
}

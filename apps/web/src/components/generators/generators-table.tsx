import type { TGeneratorStatus } from "@stampede/contracts";
import Link from "next/link";
import { formatDateTime, formatRate } from "@/lib/format";
import { EmptyState, Table, Td, Th } from "../table";
import { formatAmount, formatCpu, generatorState } from "./generator-format";

/** The load generators the registry knows, one row each. Server component: the ages are as of this render. */
export function GeneratorsTable({ generators, nowMs }: { generators: TGeneratorStatus[]; nowMs: number }) {
  if (generators.length === 0) {
    return (
      <EmptyState>
        <span data-testid="generators-empty">
          No load generator has reported in the last 10 minutes. Start a worker against this Redis (
          <code className="font-mono text-xs">npm run start -w @stampede/worker</code>, with WORKER_REGION,
          WORKER_MAX_VUS and WORKER_MAX_RATE to taste); it appears here within a second.
        </span>
      </EmptyState>
    );
  }
  return (
    <Table>
      <thead>
        <tr>
          <Th>Generator</Th>
          <Th>Region</Th>
          <Th>State</Th>
          <Th>Capacity</Th>
          <Th>Reserved</Th>
          <Th className="text-right">CPU</Th>
          <Th className="text-right">Memory</Th>
          <Th>Version</Th>
          <Th>Shards now</Th>
          <Th>Last heartbeat</Th>
        </tr>
      </thead>
      <tbody>
        {generators.map((g) => (
          <tr key={g.id} className="hover:bg-slate-50" data-testid="generator-row">
            <Td>
              <span className="font-medium text-slate-800">{g.name}</span>
              {g.id !== g.name && <span className="block font-mono text-xs text-slate-400">{g.id}</span>}
            </Td>
            <Td className="text-slate-700">{g.region}</Td>
            <Td>
              <span
                data-testid="generator-state"
                className={`inline-flex items-center gap-1.5 rounded-full whitespace-nowrap px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${
                  g.alive ? "bg-emerald-50 text-emerald-700 ring-emerald-300" : "bg-red-50 text-red-700 ring-red-300"
                }`}
              >
                {generatorState(g, nowMs)}
              </span>
            </Td>
            <Td className="whitespace-nowrap tabular-nums text-slate-700">
              {formatAmount(g.capacity.maxVus, g.capacity.maxRate)}
            </Td>
            <Td className="whitespace-nowrap tabular-nums text-slate-700">
              {formatAmount(g.reserved.vus, g.reserved.rate)}
            </Td>
            <Td className="text-right tabular-nums">{formatCpu(g.cpu)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatRate(g.memoryMb)} MB</Td>
            <Td className="font-mono text-xs text-slate-600">{g.version}</Td>
            <Td>
              {g.shards.length === 0 ? (
                <span className="text-slate-400">idle</span>
              ) : (
                <ul className="space-y-0.5">
                  {g.shards.map((s) => (
                    <li key={`${s.runId}-${s.shardIndex}-${s.generation}`}>
                      <Link href={`/runs/${s.runId}`} className="font-mono text-xs text-blue-600 hover:underline">
                        {s.runId.slice(-8)} #{s.shardIndex + 1}
                        {s.generation > 0 ? ` (gen ${s.generation})` : ""}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </Td>
            <Td className="text-xs text-slate-500">{formatDateTime(new Date(g.heartbeatAt))}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

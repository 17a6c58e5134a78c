import { formatInt, formatMs, formatPercent } from "@/lib/format";
import type { ShardBreakdown, ShardBreakdownRow } from "@/server/runs/shard-breakdown";
import { Card } from "../card";
import { Table, Td, Th } from "../table";

/** Load and latency per region and per generator (from the run's shards), once the run has been placed. */
export function DistributionTable({ breakdown }: { breakdown: ShardBreakdown }) {
  if (breakdown.generators.length === 0) return null;
  return (
    <Card
      title="Distribution"
      actions={
        <span className="text-xs text-slate-400">per region and per generator; updated as seconds are stored</span>
      }
    >
      <Rows kind="Region" rows={breakdown.regions} testId="region-rows" />
      <Rows kind="Generator" rows={breakdown.generators} testId="generator-rows" shards />
    </Card>
  );
}

function Rows(props: { kind: string; rows: ShardBreakdownRow[]; testId: string; shards?: boolean }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>{props.kind}</Th>
          {props.shards && <Th>Region</Th>}
          <Th className="text-right">VUs</Th>
          <Th className="text-right">Requests</Th>
          <Th className="text-right">Failures</Th>
          <Th className="text-right">Error rate</Th>
          <Th className="text-right">Iterations</Th>
          <Th className="text-right">p95</Th>
          <Th className="text-right">p99</Th>
          {props.shards && <Th>Shards</Th>}
        </tr>
      </thead>
      <tbody data-testid={props.testId}>
        {props.rows.map((row) => (
          <tr key={row.label}>
            <Td className="font-medium text-slate-900">{row.label}</Td>
            {props.shards && <Td>{row.region}</Td>}
            <Td className="text-right tabular-nums">{formatInt(row.vus)}</Td>
            <Td className="text-right tabular-nums">{formatInt(row.requests)}</Td>
            <Td className={`text-right tabular-nums ${row.failures > 0 ? "text-red-600" : ""}`}>
              {formatInt(row.failures)}
            </Td>
            <Td className="text-right tabular-nums">{formatPercent(row.failures, row.requests)}</Td>
            <Td className="text-right tabular-nums">{formatInt(row.iterations)}</Td>
            <Td className="text-right tabular-nums">{formatMs(row.p95Ms)}</Td>
            <Td className="text-right tabular-nums">{formatMs(row.p99Ms)}</Td>
            {props.shards && <Td className="font-mono text-xs text-slate-500">{row.shards.join(", ")}</Td>}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

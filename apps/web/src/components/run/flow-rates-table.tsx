import type { FlowApis, TLivePoint, TLoadConfig } from "@stampede/contracts";
import { Card } from "../card";
import { Table, Td, Th } from "../table";
import { flowRateRows } from "./flow-rates-progress";

const rate = (n: number | null) => (n === null ? "—" : `${n.toFixed(1)}/s`);

/** TPS runs with per-flow rates: each flow's (and funnel API's) achieved rate against its target. */
export function FlowRatesTable({
  load,
  flows,
  points,
}: {
  load: TLoadConfig | null;
  flows: readonly FlowApis[];
  points: readonly TLivePoint[];
}) {
  if (load?.mode !== "rate") return null;
  const rows = flowRateRows(load, flows, points);
  if (rows.length === 0) return null;
  return (
    <Card
      title="Flow rates"
      actions={<span className="text-xs text-slate-400">achieved: mean per second over the seconds so far</span>}
    >
      <Table>
        <thead>
          <tr>
            <Th>Flow / API</Th>
            <Th className="text-right">Target</Th>
            <Th className="text-right">Achieved</Th>
          </tr>
        </thead>
        <tbody data-testid="flow-rate-rows">
          {rows.map((row) => (
            <tr key={`${row.flow}/${row.step}/${row.funnel}`}>
              <Td className={row.funnel ? "pl-8 text-slate-600" : "font-medium text-slate-900"}>
                {row.funnel ? `→ ${row.step}` : `${row.flow} (${row.step})`}
              </Td>
              <Td className="text-right tabular-nums">{rate(row.target)}</Td>
              <Td className="text-right tabular-nums">{rate(row.achieved)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}

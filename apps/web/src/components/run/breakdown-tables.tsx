import type { TRangeFigures } from "@stampede/contracts";
import { memo } from "react";
import { formatInt, formatPercent } from "@/lib/format";
import { Card } from "../card";
import { EmptyState, Table, Td, Th } from "../table";

/**
 * Status codes and error kinds over the zoomed range (or the whole run), for the selected API or all of them,
 * from the stats endpoint — so a 401 and its `auth` kind show while the run is still going.
 */
export const BreakdownTables = memo(function BreakdownTables(props: {
  figures: TRangeFigures | null;
  caption: string;
}) {
  const requests = props.figures?.requests ?? 0;
  return (
    <div className="grid grid-cols-2 gap-4">
      <CountTable
        title="Status codes"
        keyHeader="Code"
        testId="status-code-table"
        counts={props.figures?.statusCodes ?? {}}
        whole={requests}
        caption={props.caption}
        empty="No responses yet."
      />
      <CountTable
        title="Error kinds"
        keyHeader="Kind"
        testId="error-kind-table"
        counts={props.figures?.errors ?? {}}
        whole={requests}
        caption={props.caption}
        empty="No failures."
      />
    </div>
  );
});

function CountTable(props: {
  title: string;
  keyHeader: string;
  testId: string;
  counts: Record<string, number>;
  whole: number;
  caption: string;
  empty: string;
}) {
  const entries = Object.entries(props.counts).sort(([, a], [, b]) => b - a);
  return (
    <Card title={props.title} actions={<span className="text-xs text-slate-400">{props.caption}</span>}>
      {entries.length === 0 ? (
        <EmptyState>{props.empty}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{props.keyHeader}</Th>
              <Th className="text-right">Count</Th>
              <Th className="text-right">Share of requests</Th>
            </tr>
          </thead>
          <tbody data-testid={props.testId}>
            {entries.map(([key, count]) => (
              <tr key={key}>
                <Td className="font-mono">{key}</Td>
                <Td className="text-right tabular-nums">{formatInt(count)}</Td>
                <Td className="text-right tabular-nums">{formatPercent(count, props.whole)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

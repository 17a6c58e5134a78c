import { sampleLink } from "@/lib/sample-link";
import type { ReportData } from "@/server/reports/report-data";
import { Card } from "../card";
import { EmptyState, Table, Td, Th } from "../table";
import {
  GENERATOR_HEAD,
  GENERATOR_NUMERIC,
  generatorCells,
  kneeText,
  PHASE_HEAD,
  PHASE_NUMERIC,
  phaseCells,
  STEP_HEAD,
  STEP_NUMERIC,
  stepCells,
} from "./report-items";

function Head({ names, numeric }: { names: string[]; numeric: boolean[] }) {
  return (
    <thead>
      <tr>
        {names.map((h, i) => (
          <Th key={h} className={numeric[i] ? "text-right" : ""}>
            {h}
          </Th>
        ))}
      </tr>
    </thead>
  );
}

function Cells({ cells, numeric }: { cells: string[]; numeric: boolean[] }) {
  return cells.map((c, i) => (
    <Td key={i} className={numeric[i] ? "text-right tabular-nums" : "font-medium text-slate-900"}>
      {c}
    </Td>
  ));
}

/** Every API's final figures: averages, percentiles raw and corrected, data received. */
export function ReportStepsTable({ data }: { data: ReportData }) {
  return (
    <Card title="APIs">
      {data.steps.length === 0 ? (
        <EmptyState>No requests recorded.</EmptyState>
      ) : (
        <Table>
          <Head names={STEP_HEAD} numeric={STEP_NUMERIC} />
          <tbody data-testid="report-steps">
            {data.steps.map((s) => (
              <tr key={s.step}>
                <Cells cells={stepCells(s)} numeric={STEP_NUMERIC} />
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

/** The per-ramp-step table, the knee's row highlighted and explained. */
export function ReportPhasesTable({ data }: { data: ReportData }) {
  if (data.phases.length === 0) return null;
  const knee = data.phases.find((p) => p.knee);
  return (
    <Card
      title="Load phases"
      actions={<span className="text-xs text-slate-400">percentiles from merged histograms</span>}
    >
      {knee && (
        <p
          role="status"
          data-testid="knee-marker"
          className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900"
        >
          {kneeText(knee)}
        </p>
      )}
      <Table>
        <Head names={PHASE_HEAD} numeric={PHASE_NUMERIC} />
        <tbody data-testid="report-phases">
          {data.phases.map((p) => (
            <tr key={p.fromSecond} className={p.knee ? "bg-amber-50" : ""}>
              <Cells cells={phaseCells(p)} numeric={PHASE_NUMERIC} />
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}

/** Failures by kind and non-success status per API, each with a link to its sampled requests. */
export function ReportErrors({ data }: { data: ReportData }) {
  const { kinds, statuses } = data.errors;
  // Each row opens the run page's sampled requests filtered to it (an error kind, or a status code).
  const samples = (row: { step: string; kind?: string; status?: string }) =>
    sampleLink(data.run.id, { kind: "failure", step: row.step, error: row.kind, status: row.status });
  return (
    <Card title="Error analysis">
      {kinds.length === 0 && statuses.length === 0 ? (
        <EmptyState>No failed requests.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>API</Th>
              <Th>Kind or status</Th>
              <Th className="text-right">Count</Th>
              <Th className="text-right">Share of its requests</Th>
              <Th>Samples</Th>
            </tr>
          </thead>
          <tbody data-testid="report-errors">
            {[
              ...kinds.map((k) => ({ ...k, what: k.kind })),
              ...statuses.map((s) => ({ ...s, what: `HTTP ${s.status}` })),
            ].map((row) => (
              <tr key={`${row.step}-${row.what}`}>
                <Td className="font-medium text-slate-900">{row.step}</Td>
                <Td className="font-mono text-xs">{row.what}</Td>
                <Td className="text-right tabular-nums">{row.count.toLocaleString("en-US")}</Td>
                <Td className="text-right tabular-nums">{row.share}%</Td>
                <Td>
                  <a href={samples(row)} className="text-xs text-blue-600 hover:underline">
                    failed samples
                  </a>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

/** Each load generator's load, CPU and memory over the run (shown when the run stored any). */
export function ReportGenerators({ data }: { data: ReportData }) {
  if (data.generators.length === 0) return null;
  return (
    <Card title="Generator health">
      <Table>
        <Head names={GENERATOR_HEAD} numeric={GENERATOR_NUMERIC} />
        <tbody data-testid="report-generators">
          {data.generators.map((g) => (
            <tr key={`${g.generatorName}-${g.region}`}>
              <Cells cells={generatorCells(g)} numeric={GENERATOR_NUMERIC} />
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}

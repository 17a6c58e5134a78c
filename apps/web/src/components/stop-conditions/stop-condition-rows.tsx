"use client";

import {
  STOP_COMPARISONS,
  STOP_METRIC_UNITS,
  STOP_METRICS,
  type TStopCondition,
  type TStopMetric,
} from "@stampede/contracts";
import { CheckboxField } from "../editor/fields/checkbox-field";
import { NumberField } from "../editor/fields/number-field";
import { RowsEditor } from "../editor/fields/rows-editor";
import { SelectField } from "../editor/fields/select-field";
import { TextField } from "../editor/fields/text-field";

const METRIC_LABELS: Record<TStopMetric, string> = {
  error_rate: "Error rate",
  p90: "p90 RT",
  p95: "p95 RT",
  p99: "p99 RT",
  avg_rt: "Average RT",
  tps_below_target: "TPS % of target",
  status_share: "Status share",
  checks_failure_rate: "Checks failure rate",
  generator_cpu: "Generator CPU",
};
const METRIC_OPTIONS = STOP_METRICS.map((m) => ({ value: m, label: METRIC_LABELS[m] }));
const COMPARISON_OPTIONS = STOP_COMPARISONS.map((c) => ({ value: c, label: c }));
const ACTION_OPTIONS = [
  { value: "warn", label: "Warn" },
  { value: "stop", label: "Stop the run" },
] as const;
const WHOLE_RUN = "";

/** A new row: the rule most people start with. */
export const newStopCondition = (): TStopCondition => ({
  metric: "error_rate",
  comparison: ">",
  threshold: 50,
  windowSeconds: 10,
  consecutiveWindows: 1,
  ignoreRampUp: false,
  action: "warn",
});

const COLUMNS = [
  { header: "Metric", track: "minmax(9rem,1.4fr)" },
  { header: "API", track: "minmax(8rem,1.2fr)" },
  { header: "Status", track: "5rem" },
  { header: "Is", track: "4rem" },
  { header: "Threshold", track: "6.5rem" },
  { header: "Window", track: "5.5rem" },
  { header: "In a row", track: "4.5rem" },
  { header: "Skip ramp-up", track: "5.5rem" },
  { header: "Action", track: "8rem" },
];

/** A metric change keeps the row valid: `status` belongs to status_share only, whole-run metrics drop the API. */
function withMetric(rule: TStopCondition, metric: TStopMetric): Partial<TStopCondition> {
  const wholeRun = metric === "tps_below_target" || metric === "generator_cpu";
  return {
    metric,
    status: metric === "status_share" ? (rule.status ?? "5xx") : undefined,
    step: wholeRun ? undefined : rule.step,
  };
}

/**
 * Stop conditions as editable rows: metric, API (or the whole run), comparison, threshold, window, windows in a
 * row, ramp-up skipped, action. `issuePath` ("spec.stopConditions") ties each field to the server's issues.
 */
export function StopConditionRows({
  rules,
  onChange,
  apiNames,
  issuePath,
  testId,
}: {
  rules: TStopCondition[];
  onChange: (rules: TStopCondition[]) => void;
  /** The scenario's API names; empty for project defaults, which apply to every scenario. */
  apiNames: string[];
  issuePath?: string;
  testId?: string;
}) {
  const path = (i: number, field: string) => (issuePath ? `${issuePath}.${i}.${field}` : undefined);
  return (
    <RowsEditor
      rows={rules}
      onChange={onChange}
      newRow={newStopCondition}
      columns={COLUMNS}
      itemLabel="stop condition"
      emptyText="No stop conditions."
      testId={testId}
      renderRow={(rule, i, update) => {
        const apiOptions = [
          { value: WHOLE_RUN, label: "Whole run" },
          ...[...new Set([...apiNames, ...(rule.step ? [rule.step] : [])])].map((n) => ({ value: n, label: n })),
        ];
        const wholeRunOnly = rule.metric === "tps_below_target" || rule.metric === "generator_cpu";
        return (
          <>
            <SelectField
              label={`Metric of stop condition ${i + 1}`}
              hideLabel
              value={rule.metric}
              options={METRIC_OPTIONS}
              onChange={(metric) => update(withMetric(rule, metric))}
              issuePath={path(i, "metric")}
            />
            {wholeRunOnly || apiNames.length === 0 ? (
              <span className="py-1.5 text-sm text-slate-500">Whole run</span>
            ) : (
              <SelectField
                label={`API of stop condition ${i + 1}`}
                hideLabel
                value={rule.step ?? WHOLE_RUN}
                options={apiOptions}
                onChange={(step) => update({ step: step === WHOLE_RUN ? undefined : step })}
                issuePath={path(i, "step")}
              />
            )}
            {rule.metric === "status_share" ? (
              <TextField
                label={`Status of stop condition ${i + 1}`}
                hideLabel
                value={rule.status ?? ""}
                placeholder="5xx"
                onChange={(status) => update({ status })}
                issuePath={path(i, "status")}
              />
            ) : (
              <span />
            )}
            <SelectField
              label={`Comparison of stop condition ${i + 1}`}
              hideLabel
              value={rule.comparison}
              options={COMPARISON_OPTIONS}
              onChange={(comparison) => update({ comparison })}
              issuePath={path(i, "comparison")}
            />
            <NumberField
              label={`Threshold of stop condition ${i + 1}`}
              hideLabel
              value={rule.threshold}
              step={STOP_METRIC_UNITS[rule.metric] === "ms" ? 10 : 1}
              min={0}
              suffix={STOP_METRIC_UNITS[rule.metric]}
              // An emptied field is sent as is, so the server names it.
              onChange={(threshold) => update({ threshold: threshold as number })}
              issuePath={path(i, "threshold")}
            />
            <NumberField
              label={`Window of stop condition ${i + 1} (seconds)`}
              hideLabel
              value={rule.windowSeconds}
              min={1}
              suffix="s"
              onChange={(windowSeconds) => update({ windowSeconds: windowSeconds as number })}
              issuePath={path(i, "windowSeconds")}
            />
            <NumberField
              label={`Consecutive windows of stop condition ${i + 1}`}
              hideLabel
              value={rule.consecutiveWindows}
              min={1}
              onChange={(consecutiveWindows) => update({ consecutiveWindows: consecutiveWindows as number })}
              issuePath={path(i, "consecutiveWindows")}
            />
            <CheckboxField
              label="skip"
              checked={rule.ignoreRampUp}
              onChange={(ignoreRampUp) => update({ ignoreRampUp })}
              className="py-1.5"
            />
            <SelectField
              label={`Action of stop condition ${i + 1}`}
              hideLabel
              value={rule.action}
              options={ACTION_OPTIONS}
              onChange={(action) => update({ action })}
              issuePath={path(i, "action")}
            />
          </>
        );
      }}
    />
  );
}

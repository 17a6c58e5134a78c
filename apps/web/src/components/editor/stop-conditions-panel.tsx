"use client";

import type { TStopCondition } from "@stampede/contracts";
import { Card } from "../card";
import { StopConditionRows } from "../stop-conditions/stop-condition-rows";

/**
 * The scenario's stop conditions (SLA): checked every second of a run by the controller, and by the CLI on the
 * same file. With none here, the project's defaults apply.
 */
export function StopConditionsPanel({
  rules,
  apiNames,
  onChange,
}: {
  rules: TStopCondition[] | undefined;
  apiNames: string[];
  onChange: (rules: TStopCondition[] | undefined) => void;
}) {
  return (
    <Card title="Stop conditions">
      <div className="space-y-3 p-4">
        <p className="text-sm text-slate-600">
          Each rule is checked every second over its window; it fires when that many windows in a row break it. A
          warning is an event on the run; a stop ends the run as STOPPED with the rule as the reason. With no rules
          here, the project&apos;s default stop conditions apply.
        </p>
        <StopConditionRows
          rules={rules ?? []}
          apiNames={apiNames}
          onChange={(next) => onChange(next.length ? next : undefined)}
          issuePath="spec.stopConditions"
          testId="stop-conditions"
        />
      </div>
    </Card>
  );
}

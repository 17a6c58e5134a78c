"use client";

import type { FlowApis, TRateLoad } from "@stampede/contracts";
import { CheckboxField } from "../editor/fields/checkbox-field";
import { NumberField } from "../editor/fields/number-field";
import { withFlowRate, withFlowRatesOn, withFunnelOn, withFunnelRate } from "./flow-rates";

/**
 * TPS mode's funnel model: each flow at a rate of its own (the target rate becomes their sum) and, per flow,
 * optionally each API after the first at a lower rate — an iteration goes on to the next API in that proportion.
 */
export function FlowRatesEditor({
  load,
  flows,
  onChange,
}: {
  load: TRateLoad;
  flows: readonly FlowApis[];
  onChange: (load: TRateLoad) => void;
}) {
  return (
    <div className="space-y-2" data-testid="flow-rates">
      <CheckboxField
        label="A rate per flow (funnel model)"
        checked={load.flowRates !== undefined}
        testId="flow-rates-toggle"
        onChange={(on) => onChange(withFlowRatesOn(load, flows, on))}
      />
      {load.flowRates &&
        flows.map((flow) => {
          const index = load.flowRates!.findIndex((f) => f.flow === flow.name);
          const entry = load.flowRates![index];
          const path = `load.flowRates.${index < 0 ? load.flowRates!.length : index}`;
          return (
            <div key={flow.name} className="rounded-md border border-slate-200 p-2">
              <NumberField
                label={`Flow "${flow.name}"`}
                suffix="/s"
                min={0}
                value={entry?.rate}
                issuePath={`${path}.rate`}
                onChange={(v) => onChange(withFlowRate(load, flow.name, v ?? 0))}
              />
              {entry && flow.apis.length > 1 && (
                <CheckboxField
                  className="mt-2"
                  label="Funnel: a rate per API"
                  checked={entry.funnel !== undefined}
                  onChange={(on) => onChange(withFunnelOn(load, flow, on))}
                />
              )}
              {entry?.funnel && (
                <div className="mt-2 grid grid-cols-2 gap-2 border-l-2 border-slate-100 pl-3">
                  <p className="col-span-2 text-xs text-slate-500">
                    {flow.apis[0]} runs at the flow&apos;s rate; each API after it at most the one before.
                  </p>
                  {entry.funnel.map((s, j) => (
                    <NumberField
                      key={s.step}
                      label={s.step}
                      suffix="/s"
                      min={0}
                      value={s.rate}
                      issuePath={`${path}.funnel.${j}.rate`}
                      onChange={(v) => onChange(withFunnelRate(load, flow.name, s.step, v ?? 0))}
                    />
                  ))}
                </div>
              )}
            </div>
          );
        })}
    </div>
  );
}

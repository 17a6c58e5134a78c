import type { TScenarioSpec } from "@stampede/contracts";
import { Card } from "./card";

const METHOD_STYLES: Record<string, string> = {
  GET: "bg-emerald-50 text-emerald-700",
  POST: "bg-blue-50 text-blue-700",
  PUT: "bg-amber-50 text-amber-700",
  PATCH: "bg-amber-50 text-amber-700",
  DELETE: "bg-red-50 text-red-700",
};

/** Each flow as a card listing its steps in order, with what each sends and extracts. */
export function ScenarioSteps({ spec }: { spec: TScenarioSpec }) {
  return (
    <>
      {spec.flows.map((flow) => (
        <Card
          key={flow.name}
          title={`Flow: ${flow.name}`}
          actions={<span className="text-xs text-slate-500">weight {flow.weight}</span>}
        >
          <ol className="divide-y divide-slate-100">
            {flow.steps.map((step, index) =>
              step.type !== "http" ? (
                <li key={`${step.type}-${index}`} className="flex items-start gap-3 px-4 py-3">
                  <span className="mt-0.5 w-5 shrink-0 text-right text-xs tabular-nums text-slate-400">
                    {index + 1}
                  </span>
                  <span className="w-16 shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-center font-mono text-xs text-slate-600">
                    {step.type}
                  </span>
                  <p className="text-sm text-slate-700">{step.name}</p>
                </li>
              ) : (
                <li key={step.name} className="flex items-start gap-3 px-4 py-3">
                  <span className="mt-0.5 w-5 shrink-0 text-right text-xs tabular-nums text-slate-400">
                    {index + 1}
                  </span>
                  <span
                    className={`w-16 shrink-0 rounded px-1.5 py-0.5 text-center font-mono text-xs font-semibold ${METHOD_STYLES[step.method] ?? "bg-slate-100 text-slate-700"}`}
                  >
                    {step.method}
                  </span>
                  <div className="min-w-0 flex-1">
                    <p className="text-sm font-medium text-slate-900">
                      {step.name}
                      {!step.enabled && <span className="ml-2 text-xs font-normal text-slate-400">(disabled)</span>}
                    </p>
                    <p className="truncate font-mono text-xs text-slate-600">{step.url}</p>
                    <p className="mt-1 text-xs text-slate-500">
                      {step.headers.length} header{step.headers.length === 1 ? "" : "s"} · {step.query.length} query ·
                      body {step.body.type} · timeout {step.timeoutMs} ms
                      {step.outputs.length > 0 && <> · outputs {step.outputs.map((o) => `\${${o.name}}`).join(", ")}</>}
                    </p>
                  </div>
                </li>
              ),
            )}
          </ol>
        </Card>
      ))}
    </>
  );
}

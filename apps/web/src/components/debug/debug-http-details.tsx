import type { TDebugHttpStep, TDebugTokenStep } from "@stampede/contracts";
import { BodyView, HeaderList } from "./body-view";

/** What one API did: the request as sent (parameters substituted), the response, outputs and checkpoints. */
export function DebugHttpDetails({ step }: { step: TDebugHttpStep | TDebugTokenStep }) {
  return (
    <div className="grid grid-cols-2 gap-4">
      <section aria-label="Request sent" className="min-w-0 space-y-1.5">
        <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Request</h4>
        {step.request ? (
          <>
            <p className="font-mono text-xs break-all text-slate-800" data-testid="debug-request-line">
              {step.request.method} {step.request.url}
            </p>
            <HeaderList headers={step.request.headers} />
            <BodyView text={step.request.body} truncated={step.request.bodyTruncated} testId="debug-request-body" />
          </>
        ) : (
          <p className="text-xs text-slate-500">Not sent.</p>
        )}
        {step.missingParams.length > 0 && (
          <p className="text-xs text-red-600">
            Sent unresolved: {step.missingParams.map((p) => `\${${p}}`).join(", ")}
          </p>
        )}
      </section>
      <section aria-label="Response" className="min-w-0 space-y-1.5">
        <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Response</h4>
        {step.response ? (
          <>
            <p className="text-xs text-slate-800" data-testid="debug-response-status">
              HTTP {step.response.status} · {step.response.latencyMs.toFixed(1)} ms · {step.response.bodyBytes} bytes
            </p>
            <HeaderList headers={step.response.headers} />
            <BodyView text={step.response.body} truncated={step.response.bodyTruncated} testId="debug-response-body" />
          </>
        ) : step.transportError ? (
          <p className="text-xs text-red-700">
            {step.transportError.kind}: {step.transportError.message}
          </p>
        ) : (
          <p className="text-xs text-slate-500">No response.</p>
        )}
      </section>
      <section aria-label="Output parameters" className="min-w-0">
        <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Output parameters</h4>
        {step.outputs.length === 0 ? (
          <p className="text-xs text-slate-400">None defined.</p>
        ) : (
          <ul className="space-y-1 text-xs" data-testid="debug-outputs">
            {step.outputs.map((o) => (
              <li key={o.name}>
                <code className="text-slate-800">{`\${${o.name}}`}</code> ={" "}
                {o.value !== undefined ? (
                  <code className="break-all text-emerald-700">{o.value}</code>
                ) : (
                  <span className="text-red-700">(empty)</span>
                )}
                {o.usedDefault && <span className="ml-1 text-amber-700">(default)</span>}
                {o.explanation && <p className="text-slate-500">{o.explanation}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Checkpoints" className="min-w-0">
        <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Checkpoints</h4>
        {step.checks.length === 0 ? (
          <p className="text-xs text-slate-400">None defined.</p>
        ) : (
          <ul className="space-y-1 text-xs" data-testid="debug-checks">
            {step.checks.map((c, i) => (
              <li key={i} className={c.passed ? "text-emerald-700" : "text-red-700"}>
                <span aria-label={c.passed ? "passed" : "failed"}>{c.passed ? "✓" : "✗"}</span>{" "}
                {/* A failure's message restates the checkpoint and adds what was found. */}
                {c.passed || !c.message ? c.description : c.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

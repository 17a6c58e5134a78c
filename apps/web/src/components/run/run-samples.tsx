"use client";

import type { TRequestSample } from "@stampede/contracts";
import { useEffect, useState } from "react";
import { Card } from "../card";
import { EmptyState } from "../table";

/**
 * The sampled request log of a finished run: failures first (with the response that explains them), then
 * a share of successes. Secrets arrive already masked by the engine.
 */
export function RunSamples({ runId, ready }: { runId: string; ready: boolean }) {
  const [samples, setSamples] = useState<TRequestSample[] | null>(null);
  const [kind, setKind] = useState<"failure" | "success">("failure");

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    fetch(`/api/v1/runs/${runId}/samples?kind=${kind}&take=50`)
      .then((r) => (r.ok ? r.json() : { samples: [] }))
      .then((body: { samples: TRequestSample[] }) => !cancelled && setSamples(body.samples))
      .catch(() => !cancelled && setSamples([]));
    return () => {
      cancelled = true;
    };
  }, [runId, ready, kind]);

  const tabs = (["failure", "success"] as const).map((k) => (
    <button
      key={k}
      type="button"
      onClick={() => setKind(k)}
      aria-pressed={kind === k}
      className={`rounded px-2 py-0.5 text-xs ${kind === k ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-100"}`}
    >
      {k === "failure" ? "Failures" : "Successes"}
    </button>
  ));

  return (
    <Card title="Sampled requests" actions={<div className="flex gap-1">{tabs}</div>}>
      {!ready ? (
        <EmptyState>Samples appear when the run ends.</EmptyState>
      ) : samples === null ? (
        <EmptyState>Loading…</EmptyState>
      ) : samples.length === 0 ? (
        <EmptyState>
          {kind === "failure" ? "No failed requests were sampled." : "No successes were sampled."}
        </EmptyState>
      ) : (
        <ul className="max-h-[32rem] divide-y divide-slate-100 overflow-auto" data-testid="run-samples">
          {samples.map((s, i) => (
            <li key={`${s.at}-${i}`}>
              <details className="px-4 py-2 text-sm">
                <summary className="cursor-pointer">
                  <span className="font-medium text-slate-800">{s.step}</span>{" "}
                  <span className="font-mono text-xs text-slate-500">
                    {s.request.method} {s.request.url}
                  </span>{" "}
                  <span className="text-xs text-slate-600">
                    → {s.response ? s.response.status : "no response"} · {s.latencyMs} ms
                    {s.error ? ` · ${s.error}` : ""}
                  </span>
                </summary>
                <SampleDetail sample={s} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function SampleDetail({ sample }: { sample: TRequestSample }) {
  const block = "mt-1 max-h-48 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs whitespace-pre-wrap break-all";
  return (
    <div className="mt-2 grid grid-cols-2 gap-3">
      <div>
        <p className="text-xs font-semibold text-slate-500">Request</p>
        <pre className={block}>
          {sample.request.headers.map(([k, v]) => `${k}: ${v}`).join("\n")}
          {sample.request.body ? `\n\n${sample.request.body}` : ""}
        </pre>
        {Object.keys(sample.params).length > 0 && (
          <>
            <p className="mt-2 text-xs font-semibold text-slate-500">Parameters</p>
            <pre className={block}>
              {Object.entries(sample.params)
                .map(([k, v]) => `\${${k}} = ${v}`)
                .join("\n")}
            </pre>
          </>
        )}
      </div>
      <div>
        <p className="text-xs font-semibold text-slate-500">Response</p>
        <pre className={block}>
          {sample.response
            ? `${sample.response.status}\n${sample.response.headers.map(([k, v]) => `${k}: ${v}`).join("\n")}${sample.response.body ? `\n\n${sample.response.body}` : ""}`
            : (sample.error ?? "no response")}
        </pre>
        {sample.checks.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-xs text-red-700">
            {sample.checks.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

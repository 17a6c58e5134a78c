"use client";

import type { TRequestSample } from "@stampede/contracts";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { sampleFiltersFromSearch } from "@/lib/sample-link";
import { Card } from "../card";
import { EmptyState } from "../table";
import { SampleFilters, type SampleFilterValues } from "./sample-filters";
import { SampleWaterfall } from "./sample-waterfall";
import { usePolledJson } from "./use-polled-json";

/** A sample as the samples route sends it: with its row id and the second of the run it ended in. */
type ListedSample = TRequestSample & { id: string; second: number };
interface SamplePage {
  samples: ListedSample[];
  nextCursor: string | null;
}

const PAGE_SIZE = 50;

function queryOf(filters: SampleFilterValues, cursor?: string): string {
  const params = new URLSearchParams({ take: String(PAGE_SIZE) });
  for (const [name, value] of Object.entries(filters)) if (value.trim() !== "") params.set(name, value.trim());
  if (cursor) params.set("cursor", cursor);
  return params.toString();
}

/**
 * The sampled request log, live while the run goes (re-read every few seconds) and after it: filterable by API,
 * kind, status, error kind, response time and time; each sample opens to its timing waterfall, request,
 * response and the parameters that fed it. Secrets arrive already masked by the engine.
 */
export function RunSamples({ runId, live, steps }: { runId: string; live: boolean; steps: string[] }) {
  // A link from the report's error analysis names filters in the address; following another one re-applies them.
  const search = useSearchParams().toString();
  const [filters, setFilters] = useState<SampleFilterValues>(() =>
    sampleFiltersFromSearch(new URLSearchParams(search)),
  );
  const [older, setOlder] = useState<{ samples: ListedSample[]; nextCursor: string | null } | null>(null);
  useEffect(() => {
    setOlder(null);
    setFilters(sampleFiltersFromSearch(new URLSearchParams(search)));
  }, [search]);
  const base = `/api/v1/runs/${encodeURIComponent(runId)}/samples`;
  const { data: first, error } = usePolledJson<SamplePage>(`${base}?${queryOf(filters)}`, live);

  const applyFilters = (next: SampleFilterValues) => {
    setOlder(null);
    setFilters(next);
  };
  const loadOlder = async () => {
    const cursor = older ? older.nextCursor : first?.nextCursor;
    if (!cursor) return;
    const response = await fetch(`${base}?${queryOf(filters, cursor)}`, { cache: "no-store" });
    if (!response.ok) return;
    const page = (await response.json()) as SamplePage;
    setOlder((o) => ({ samples: [...(o?.samples ?? []), ...page.samples], nextCursor: page.nextCursor }));
  };

  // A live first page may grow into the older pages already read: each sample is listed once.
  const seen = new Set<string>();
  const samples = [...(first?.samples ?? []), ...(older?.samples ?? [])].filter(
    (s) => !seen.has(s.id) && seen.add(s.id),
  );
  const more = older ? older.nextCursor : first?.nextCursor;

  return (
    <div id="samples" className="scroll-mt-4">
      <Card title="Sampled requests" actions={live ? <span className="text-xs text-emerald-600">live</span> : null}>
        <SampleFilters
          key={search}
          steps={steps}
          initial={sampleFiltersFromSearch(new URLSearchParams(search))}
          onApply={applyFilters}
        />
        {error && (
          <p role="alert" className="border-b border-red-100 bg-red-50 px-4 py-2 text-xs text-red-800">
            {error}
          </p>
        )}
        {first === null ? (
          <EmptyState>Loading…</EmptyState>
        ) : samples.length === 0 ? (
          <EmptyState>
            {live
              ? "No sampled requests match yet; the list refreshes every few seconds."
              : "No sampled requests match."}
          </EmptyState>
        ) : (
          <ul className="max-h-[40rem] divide-y divide-slate-100 overflow-auto" data-testid="run-samples">
            {samples.map((s) => (
              <li key={s.id} data-testid="run-sample" data-sample-id={s.id}>
                <details className="px-4 py-2 text-sm">
                  <summary className="cursor-pointer">
                    <span className="mr-2 font-mono text-xs text-slate-400">{s.second}s</span>
                    <span className="font-medium text-slate-800">{s.step}</span>{" "}
                    <span className="font-mono text-xs text-slate-500">
                      {s.request.method} {s.request.url}
                    </span>{" "}
                    <span className={`text-xs ${s.kind === "failure" ? "text-red-700" : "text-slate-600"}`}>
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
        {more && (
          <div className="border-t border-slate-100 px-4 py-2">
            <button
              type="button"
              onClick={() => void loadOlder()}
              className="text-xs font-medium text-blue-700 hover:underline"
            >
              Load older samples
            </button>
          </div>
        )}
      </Card>
    </div>
  );
}

function SampleDetail({ sample }: { sample: TRequestSample }) {
  const block = "mt-1 max-h-48 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs whitespace-pre-wrap break-all";
  return (
    <div className="mt-2 space-y-3">
      <div>
        <p className="mb-1 text-xs font-semibold text-slate-500">Timing</p>
        <SampleWaterfall timings={sample.timings} />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <p className="text-xs font-semibold text-slate-500">Request</p>
          <pre className={block}>
            {`${sample.request.method} ${sample.request.url}\n`}
            {sample.request.headers.map(([k, v]) => `${k}: ${v}`).join("\n")}
            {sample.request.body ? `\n\n${sample.request.body}` : ""}
          </pre>
          {Object.keys(sample.params).length > 0 && (
            <>
              <p className="mt-2 text-xs font-semibold text-slate-500">Parameters</p>
              <pre className={block} data-testid="sample-params">
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
    </div>
  );
}

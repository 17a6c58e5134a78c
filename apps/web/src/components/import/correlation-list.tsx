"use client";

import type { TCorrelation, TImportedRequest } from "@stampede/contracts";
import { Card } from "../card";
import { Table, Td, Th } from "../table";
import { pathOf, toggled, type SelectionPanelProps } from "./import-view";

/** "#2 POST /api/token" for a request of the preview. */
function describeRequest(requests: TImportedRequest[], index: number): string {
  const request = requests.find((r) => r.index === index);
  return request ? `#${index + 1} ${request.method} ${pathOf(request.url)}` : `#${index + 1}`;
}

/** Where the source response holds the value: `body $.access_token`, `header X-Token`. */
function describeOutput(correlation: TCorrelation): string {
  const { source, expression } = correlation.source.output;
  return `${source.replace("body-json", "body").replace("body-text", "body text")} ${expression}`.trim();
}

/**
 * Values a response returned and later requests sent: ticked ones become an output parameter and `${param}`
 * references. A token may instead become the scenario's token provider (fetched once, refreshed for every VU).
 */
export function CorrelationList({ result, selection, onChange }: SelectionPanelProps) {
  const requests = result.preview.requests;
  return (
    <Card title={`Correlations (${result.correlations.length})`}>
      {result.correlations.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">
          No value returned by one response and sent by a later request
          {requests.some((r) => r.response) ? "." : " (this file keeps no responses to read values from)."}
        </p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th className="w-8">
                <span className="sr-only">Apply</span>
              </Th>
              <Th>Parameter</Th>
              <Th>Kind</Th>
              <Th>Returned by</Th>
              <Th>Used in</Th>
              <Th>Value</Th>
            </tr>
          </thead>
          <tbody>
            {result.correlations.map((c) => {
              const applied = selection.correlations.has(c.id);
              return (
                <tr key={c.id} data-testid="import-correlation">
                  <Td>
                    <input
                      type="checkbox"
                      aria-label={`Correlate ${c.param}`}
                      checked={applied}
                      onChange={(e) =>
                        onChange({
                          ...selection,
                          correlations: toggled(selection.correlations, c.id, e.target.checked),
                          tokenProviderFrom:
                            !e.target.checked && selection.tokenProviderFrom === c.id
                              ? undefined
                              : selection.tokenProviderFrom,
                        })
                      }
                      className="h-4 w-4 rounded border-slate-300 text-blue-600"
                    />
                  </Td>
                  <Td>
                    <span className="font-mono text-xs">${`{${c.param}}`}</span>
                    {c.kind === "token" && (
                      <label className="mt-1 flex items-center gap-1.5 text-xs text-slate-600">
                        <input
                          type="checkbox"
                          disabled={!applied}
                          checked={selection.tokenProviderFrom === c.id}
                          onChange={(e) =>
                            onChange({ ...selection, tokenProviderFrom: e.target.checked ? c.id : undefined })
                          }
                          className="h-3.5 w-3.5 rounded border-slate-300 text-blue-600"
                        />
                        Use the token provider instead
                        {c.offerTokenProvider && <span className="text-emerald-700">(suggested: it expires)</span>}
                      </label>
                    )}
                  </Td>
                  <Td className="text-slate-600">{c.kind}</Td>
                  <Td className="text-xs">
                    {describeRequest(requests, c.source.requestIndex)}
                    <div className="font-mono text-slate-500">{describeOutput(c)}</div>
                  </Td>
                  <Td className="text-xs">
                    {c.uses.map((use) => (
                      <div key={`${use.requestIndex}:${use.field}`}>
                        {describeRequest(requests, use.requestIndex)}{" "}
                        <span className="text-slate-500">{use.field}</span>
                      </div>
                    ))}
                  </Td>
                  <Td className="max-w-[12rem] truncate font-mono text-xs text-slate-500" title={c.shown}>
                    {c.shown}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

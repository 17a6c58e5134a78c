"use client";

import { Table, Td, Th } from "../table";
import { hostOf, isShown, pathOf, responseSize, toggled, type SelectionPanelProps } from "./import-view";

/** Bytes as the table shows them. */
function formatSize(bytes: number | undefined): string {
  if (bytes === undefined) return "—";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The requests the filters show, each with its box; a static asset or a repeat says so beside its path. */
export function RequestTable({ result, selection, onChange }: SelectionPanelProps) {
  const shown = result.preview.requests.filter((r) => isShown(r, selection));
  const hidden = result.preview.requests.length - shown.length;
  return (
    <>
      <Table>
        <thead>
          <tr>
            <Th className="w-8">
              <span className="sr-only">Import</span>
            </Th>
            <Th className="text-right">#</Th>
            <Th>Method</Th>
            <Th>Host</Th>
            <Th>Path</Th>
            <Th className="text-right">Status</Th>
            <Th className="text-right">Size</Th>
            <Th>Flow</Th>
          </tr>
        </thead>
        <tbody>
          {shown.map((request) => (
            <tr key={request.index} data-testid="import-request-row" className="hover:bg-slate-50">
              <Td>
                <input
                  type="checkbox"
                  aria-label={`Import ${request.method} ${pathOf(request.url)} (${request.where})`}
                  checked={selection.checked.has(request.index)}
                  onChange={(e) =>
                    onChange({ ...selection, checked: toggled(selection.checked, request.index, e.target.checked) })
                  }
                  className="h-4 w-4 rounded border-slate-300 text-blue-600"
                />
              </Td>
              <Td className="text-right text-xs text-slate-500 tabular-nums">{request.index + 1}</Td>
              <Td className="font-mono text-xs">{request.method}</Td>
              <Td className="whitespace-nowrap text-slate-600">{hostOf(request.url)}</Td>
              <Td className="max-w-[28rem] truncate font-mono text-xs" title={request.url}>
                {pathOf(request.url)}
                {request.isStatic && <span className="ml-2 text-slate-400">static</span>}
                {request.duplicateOf !== undefined && (
                  <span className="ml-2 text-slate-400">repeat of #{request.duplicateOf + 1}</span>
                )}
              </Td>
              <Td className="text-right tabular-nums">{request.response?.status ?? "—"}</Td>
              <Td className="text-right tabular-nums">{formatSize(responseSize(request))}</Td>
              <Td className="text-slate-600">{request.group ?? "imported"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {hidden > 0 && (
        <p className="px-4 py-2 text-xs text-slate-500">
          {hidden} request{hidden === 1 ? "" : "s"} hidden by the filters above (not imported).
        </p>
      )}
    </>
  );
}

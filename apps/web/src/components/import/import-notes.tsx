import type { TImportNote } from "@stampede/contracts";
import { Card } from "../card";

/** What the file holds that the import leaves out, always shown (an empty list says so). */
export function ImportNotes({ notes }: { notes: TImportNote[] }) {
  return (
    <Card title={`Not imported (${notes.length})`}>
      {notes.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">Everything in the file was understood.</p>
      ) : (
        <ul data-testid="import-notes" className="divide-y divide-slate-100 text-sm">
          {notes.map((note, i) => (
            <li key={i} className="flex gap-3 px-4 py-2">
              <span className="shrink-0 font-mono text-xs text-slate-500">{note.where}</span>
              <span className="text-slate-700">{note.message}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

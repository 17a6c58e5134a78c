/** The first rows of a stored file, as the server parsed them. */
export function PreviewTable({ header, rows }: { header: string[]; rows: string[][] }) {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const heads = Array.from({ length: width }, (_, i) => header[i] || `col${i + 1}`);
  return (
    <div className="max-h-48 overflow-auto rounded border border-slate-200" data-testid="csv-preview">
      <table className="w-full text-left font-mono text-xs">
        <thead className="sticky top-0 bg-slate-50">
          <tr>
            {heads.map((h, i) => (
              <th key={i} className="border-b border-slate-200 px-2 py-1 font-semibold text-slate-600">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="odd:bg-white even:bg-slate-50/60">
              {heads.map((_, c) => (
                <td key={c} className="max-w-[16rem] truncate px-2 py-1 text-slate-700" title={row[c]}>
                  {row[c] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { BUTTON } from "../editor/fields/styles";

const FORMATS = [
  { format: "json", label: "JSON" },
  { format: "csv", label: "CSV" },
  { format: "html", label: "HTML report" },
] as const;

/** Download links for the run's report; the server names the file. */
export function ExportButtons({ runId }: { runId: string }) {
  return (
    <div className="flex items-center gap-1" aria-label="Export">
      <span className="mr-1 text-xs text-slate-500">Export</span>
      {FORMATS.map(({ format, label }) => (
        <a
          key={format}
          href={`/api/v1/runs/${encodeURIComponent(runId)}/export?format=${format}`}
          download
          className={BUTTON}
          data-testid={`export-${format}`}
        >
          {label}
        </a>
      ))}
    </div>
  );
}

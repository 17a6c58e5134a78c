/**
 * Downloads the scenario as the JSON the CLI runs and Import reads; `withData` puts its stored data files
 * inside, so the one file is all another console or `stampede run` needs.
 */
export function ExportScenarioLink({
  scenarioId,
  scenarioName,
  withData = false,
}: {
  scenarioId: string;
  scenarioName: string;
  withData?: boolean;
}) {
  const base = scenarioName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "scenario";
  const file = `${base}${withData ? ".with-data" : ""}.stampede.json`;
  return (
    <a
      href={`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/export${withData ? "?data=true" : ""}`}
      download={file}
      aria-label={`Export ${scenarioName}${withData ? " with its data files" : ""}`}
      className="text-sm text-slate-600 hover:text-blue-600"
    >
      {withData ? "Export with data files" : "Export"}
    </a>
  );
}

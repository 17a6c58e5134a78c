/** Downloads the scenario as the JSON the CLI runs and Import reads. */
export function ExportScenarioLink({ scenarioId, scenarioName }: { scenarioId: string; scenarioName: string }) {
  const file = `${scenarioName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "scenario"}.stampede.json`;
  return (
    <a
      href={`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/export`}
      download={file}
      aria-label={`Export ${scenarioName}`}
      className="text-sm text-slate-600 hover:text-blue-600"
    >
      Export
    </a>
  );
}

import type { TImportPreview } from "@stampede/contracts";
import { Card } from "../card";

/**
 * What the file brings besides requests: its variables (global parameters), the CSV files it reads (to upload
 * under the same names once the scenario exists) and its load settings (the scenario's saved load).
 */
export function ImportExtras({ preview }: { preview: TImportPreview }) {
  const { globals, dataSources, load } = preview;
  if (globals.length === 0 && dataSources.length === 0 && !load) return null;
  return (
    <Card title="Also imported">
      <ul data-testid="import-extras" className="divide-y divide-slate-100 text-sm">
        {globals.length > 0 && (
          <li className="px-4 py-2">
            Global parameters:{" "}
            <span className="font-mono text-xs">{globals.map((g) => `\${${g.name}}`).join(", ")}</span>
          </li>
        )}
        {dataSources.length > 0 && (
          <li className="px-4 py-2">
            Data files: <span className="font-mono text-xs">{dataSources.map((d) => d.name).join(", ")}</span>
            <span className="text-slate-500">
              {" "}
              — upload them under &quot;Data sources&quot; in the editor, under these names
            </span>
          </li>
        )}
        {load && (
          <li className="px-4 py-2">
            Load:{" "}
            {load.mode === "rate"
              ? `${load.targetRate} iterations/s for ${load.durationSeconds} s`
              : `${load.vus} VUs for ${load.durationSeconds} s${load.rampUpSeconds ? `, ramp-up ${load.rampUpSeconds} s` : ""}`}
          </li>
        )}
      </ul>
    </Card>
  );
}

import type { TDataSourceBinding } from "@stampede/contracts";
import { boolProp, prop, type XmlElement } from "./xml";

/**
 * CSV Data Set Config → a data source bound by the file's base name (the file itself is uploaded under that
 * name). Named variables bind columns by number; without names JMeter reads them from the first line.
 */
export function readCsvDataSet(element: XmlElement): { binding: TDataSourceBinding; notes: string[] } {
  const notes: string[] = [];
  const filename = (prop(element, "filename") ?? "").trim();
  const name = filename.split(/[\\/]/).pop() || "data.csv";
  const delimiter = prop(element, "delimiter") ?? ",";
  const names = (prop(element, "variableNames") ?? "")
    .split(delimiter === "\\t" ? "\t" : delimiter || ",")
    .map((n) => n.trim())
    .filter(Boolean);
  const ignoreFirstLine = boolProp(element, "ignoreFirstLine");
  const recycle = boolProp(element, "recycle", true);
  const stopThread = boolProp(element, "stopThread");
  const shareMode = prop(element, "shareMode") ?? "shareMode.all";
  if (delimiter !== "," && delimiter !== "") notes.push(`delimiter "${delimiter}" is not supported; commas are used`);
  if (!recycle && !stopThread) notes.push("at the end of the file JMeter sends <EOF>; Stampede stops the virtual user");
  if (shareMode !== "shareMode.all")
    notes.push(`sharing mode ${shareMode} not imported; rows are shared by all virtual users`);
  return {
    binding: {
      name,
      firstLineIsHeader: names.length ? ignoreFirstLine : true,
      columns: names.map((param, i) => ({ column: String(i + 1), param })),
      policy: "sequential",
      onEnd: recycle ? "recycle" : "stop",
      advance: "iteration",
    },
    notes,
  };
}

"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/lib/call-api";
import { readSpec } from "@/lib/scenario-spec";
import { INPUT, LABEL } from "../editor/fields/styles";

/** Where the import goes, as POST /imports takes it. */
export type ImportTargetChoice =
  { kind: "new"; name: string } | { kind: "append"; scenarioId: string; flow: string; expectedVersion?: number };

/** A saved scenario offered for "append": its flows, and the version they were read from. */
interface AppendOption {
  id: string;
  name: string;
  version: number;
  flows: string[];
}

/** Loads the project's scenarios once "append" is chosen (the version goes with the save, as in the editor). */
function useAppendOptions(wanted: boolean): AppendOption[] | null {
  const [options, setOptions] = useState<AppendOption[] | null>(null);
  useEffect(() => {
    if (!wanted || options) return;
    void callApi<{ scenarios: Array<{ id: string; name: string; version: number; spec: unknown }> }>(
      "/api/v1/scenarios",
    ).then((result) => {
      if (!result.ok) return setOptions([]);
      setOptions(
        result.body.scenarios.map((s) => ({
          id: s.id,
          name: s.name,
          version: s.version,
          flows: readSpec(s.spec)?.flows.map((f) => f.name) ?? [],
        })),
      );
    });
  }, [wanted, options]);
  return options;
}

/** New scenario (its name) or the end of a flow of a saved one. */
export function ImportTarget({
  target,
  defaultName,
  onChange,
}: {
  target: ImportTargetChoice;
  defaultName: string;
  onChange: (target: ImportTargetChoice) => void;
}) {
  const options = useAppendOptions(target.kind === "append");
  const chosen = target.kind === "append" ? options?.find((o) => o.id === target.scenarioId) : undefined;
  // A flow chosen in the editor ("Append requests") arrives without a version: the one read here goes with the save.
  useEffect(() => {
    if (target.kind === "append" && chosen && target.expectedVersion === undefined) {
      onChange({ ...target, expectedVersion: chosen.version });
    }
  }, [target, chosen, onChange]);

  function chooseScenario(id: string) {
    const option = options?.find((o) => o.id === id);
    onChange({ kind: "append", scenarioId: id, flow: option?.flows[0] ?? "", expectedVersion: option?.version });
  }

  return (
    <div className="space-y-3 p-4">
      <div className="flex gap-6 text-sm text-slate-700">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="import-target"
            checked={target.kind === "new"}
            onChange={() => onChange({ kind: "new", name: defaultName })}
          />
          New scenario
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="import-target"
            checked={target.kind === "append"}
            onChange={() => onChange({ kind: "append", scenarioId: "", flow: "" })}
          />
          Append to a flow of a scenario
        </label>
      </div>
      {target.kind === "new" ? (
        <div className="max-w-md">
          <label htmlFor="import-name" className={LABEL}>
            Scenario name
          </label>
          <input
            id="import-name"
            value={target.name}
            onChange={(e) => onChange({ kind: "new", name: e.target.value })}
            className={`${INPUT} mt-1 border-slate-300`}
          />
        </div>
      ) : (
        <div className="flex max-w-2xl gap-4">
          <div className="flex-1">
            <label htmlFor="import-scenario" className={LABEL}>
              Scenario
            </label>
            <select
              id="import-scenario"
              value={target.scenarioId}
              onChange={(e) => chooseScenario(e.target.value)}
              className={`${INPUT} mt-1 border-slate-300`}
            >
              <option value="">{options === null ? "Loading…" : "Choose a scenario"}</option>
              {options?.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex-1">
            <label htmlFor="import-flow" className={LABEL}>
              Flow
            </label>
            <select
              id="import-flow"
              value={target.flow}
              disabled={!chosen}
              onChange={(e) => onChange({ ...target, flow: e.target.value })}
              className={`${INPUT} mt-1 border-slate-300`}
            >
              {chosen?.flows.map((flow) => (
                <option key={flow} value={flow}>
                  {flow}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </div>
  );
}

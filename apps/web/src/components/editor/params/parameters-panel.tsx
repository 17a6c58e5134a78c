"use client";

import type { TKeyValue } from "@stampede/contracts";
import type { ReactNode } from "react";
import { Card } from "../../card";
import { RowsEditor } from "../fields/rows-editor";
import { KeyValueValueField, SECRET_COLUMN, SecretToggle } from "../fields/secret-fields";
import { TextField } from "../fields/text-field";
import type { ParamSource } from "../model/references";
import { TEMPLATE_FUNCTIONS } from "../model/references";
import { CopyReferenceButton } from "./copy-reference-button";
import { ParamTable } from "./param-table";

/**
 * Every parameter the scenario can reference, by where it comes from, each with a copy-reference button:
 * session parameters (outputs and the token), data source columns, globals (edited here) and functions.
 */
export function ParametersPanel({
  session,
  data,
  globals,
  onGlobalsChange,
}: {
  session: ParamSource[];
  data: ParamSource[];
  globals: TKeyValue[];
  onGlobalsChange: (globals: TKeyValue[]) => void;
}) {
  return (
    <Card title="Parameters">
      <div className="grid grid-cols-2 gap-x-8 gap-y-5 p-4" data-testid="parameters-panel">
        <Section title="Session Parameters" hint="Output parameters of APIs and the token provider's token.">
          <ParamTable params={session} testId="session-params" empty="No output parameters yet." />
        </Section>
        <Section title="Data Source Parameters" hint="Columns of the bound CSV files.">
          <ParamTable params={data} testId="data-params" empty="No data source bound." />
        </Section>
        <Section title="Global parameters" hint="Constants every VU sees.">
          <RowsEditor
            rows={globals}
            onChange={onGlobalsChange}
            newRow={() => ({ name: "", value: "" })}
            itemLabel="global parameter"
            emptyText="No global parameters."
            testId="global-params"
            columns={[
              { header: "Name", track: "minmax(0,1fr)" },
              { header: "Value", track: "minmax(0,1.4fr)" },
              SECRET_COLUMN,
              { header: "", track: "2rem" },
            ]}
            renderRow={(row, i, update) => (
              <>
                <TextField
                  label={`Global ${i + 1} name`}
                  hideLabel
                  mono
                  value={row.name}
                  issuePath={`spec.globals.${i}.name`}
                  onChange={(name) => update({ name })}
                />
                <KeyValueValueField
                  row={row}
                  label={`Global ${i + 1} value`}
                  issuePath={`spec.globals.${i}.value`}
                  update={update}
                />
                <SecretToggle row={row} label={`Global ${i + 1}`} update={update} />
                <div className="pt-1">{row.name && <CopyReferenceButton text={`\${${row.name}}`} />}</div>
              </>
            )}
          />
        </Section>
        <Section title="Functions" hint="Usable in any field; arguments may hold parameters.">
          <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto" data-testid="functions">
            {TEMPLATE_FUNCTIONS.map((f) => (
              <li key={f.name} className="flex items-center gap-3 py-1.5">
                <code className="min-w-0 flex-1 truncate text-sm text-slate-800">{f.example}</code>
                <span className="max-w-[45%] truncate text-xs text-slate-500">{f.description}</span>
                <CopyReferenceButton text={f.example} />
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </Card>
  );
}

function Section({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="min-w-0">
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      <p className="mb-2 text-xs text-slate-500">{hint}</p>
      {children}
    </section>
  );
}

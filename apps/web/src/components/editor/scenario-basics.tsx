"use client";

import { Card } from "../card";
import { CheckboxField } from "./fields/checkbox-field";
import { TextField } from "./fields/text-field";

/** Name, description and the per-VU cookie jar. */
export function ScenarioBasics({
  name,
  description,
  cookies,
  onChange,
}: {
  name: string;
  description: string;
  cookies: boolean;
  onChange: (patch: { name?: string; description?: string; cookies?: boolean }) => void;
}) {
  return (
    <Card>
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.5fr)] items-start gap-4 p-4">
        <TextField
          label="Scenario name"
          value={name}
          issuePath="name"
          placeholder="Token + activity"
          onChange={(v) => onChange({ name: v })}
        />
        <TextField
          label="Description"
          value={description}
          issuePath="description"
          placeholder="What this scenario exercises"
          onChange={(v) => onChange({ description: v })}
        />
        <CheckboxField
          label="Cookie jar per VU (Set-Cookie answers are sent back, as a browser does)"
          checked={cookies}
          onChange={(v) => onChange({ cookies: v })}
          className="col-span-2"
        />
      </div>
    </Card>
  );
}

"use client";

import { HTTP_METHODS, type THttpStep } from "@stampede/contracts";
import { CheckboxField } from "../fields/checkbox-field";
import { KeyValueRows } from "../fields/key-value-rows";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { type TabSpec, Tabs } from "../fields/tabs";
import { TextField } from "../fields/text-field";
import { BodyEditor } from "./body-editor";

/** The request part of an API: what both a flow's API and the token provider's request have. */
export type RequestFields = Pick<
  THttpStep,
  "name" | "method" | "url" | "headers" | "query" | "body" | "timeoutMs" | "followRedirects"
>;

const count = (n: number) => (n > 0 ? `(${n})` : undefined);

/**
 * Name, method and URL, then tabs: Headers, Query, Body Definition, any extra tabs (outputs, checkpoints),
 * and Settings. `issuePath` is where this request sits in the REST body.
 */
export function RequestEditor<T extends RequestFields>({
  value,
  onChange,
  issuePath: p,
  extraTabs = [],
  nameLabel = "API name",
}: {
  value: T;
  onChange: (value: T) => void;
  issuePath: string;
  extraTabs?: TabSpec[];
  nameLabel?: string;
}) {
  const set = <K extends keyof RequestFields>(key: K, v: T[K]) => onChange({ ...value, [key]: v });
  const tabs: TabSpec[] = [
    {
      id: "headers",
      label: "Headers",
      note: count(value.headers.length),
      issuePrefixes: [`${p}.headers`],
      content: (
        <KeyValueRows
          rows={value.headers}
          onChange={(rows) => set("headers", rows)}
          issuePath={`${p}.headers`}
          itemLabel="header"
          namePlaceholder="Content-Type"
        />
      ),
    },
    {
      id: "query",
      label: "Query",
      note: count(value.query.length),
      issuePrefixes: [`${p}.query`],
      content: (
        <KeyValueRows
          rows={value.query}
          onChange={(rows) => set("query", rows)}
          issuePath={`${p}.query`}
          itemLabel="query parameter"
          emptyText="No query parameters (they may also be written into the URL)."
        />
      ),
    },
    {
      id: "body",
      label: "Body Definition",
      note: value.body.type === "none" ? undefined : `(${value.body.type})`,
      issuePrefixes: [`${p}.body`],
      content: <BodyEditor body={value.body} onChange={(b) => set("body", b)} issuePath={`${p}.body`} />,
    },
    ...extraTabs,
    {
      id: "settings",
      label: "Settings",
      issuePrefixes: [`${p}.timeoutMs`, `${p}.followRedirects`],
      content: (
        <div className="flex flex-wrap items-end gap-6">
          <NumberField
            label="Timeout"
            suffix="ms"
            className="w-40"
            min={1}
            max={600_000}
            value={value.timeoutMs}
            issuePath={`${p}.timeoutMs`}
            onChange={(v) => set("timeoutMs", v as number)}
          />
          <CheckboxField
            label="Follow redirects"
            className="pb-2"
            checked={value.followRedirects}
            onChange={(v) => set("followRedirects", v)}
          />
        </div>
      ),
    },
  ];
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-[minmax(0,14rem)_7.5rem_minmax(0,1fr)] gap-3">
        <TextField label={nameLabel} value={value.name} issuePath={`${p}.name`} onChange={(v) => set("name", v)} />
        <SelectField
          label="Method"
          value={value.method}
          options={HTTP_METHODS.map((m) => ({ value: m, label: m }))}
          issuePath={`${p}.method`}
          onChange={(v) => set("method", v)}
        />
        <TextField
          label="URL"
          mono
          template
          value={value.url}
          placeholder="https://api.example.com/path?x=${param}"
          issuePath={`${p}.url`}
          onChange={(v) => set("url", v)}
        />
      </div>
      <Tabs tabs={tabs} label={`${value.name || "API"} request`} />
    </div>
  );
}

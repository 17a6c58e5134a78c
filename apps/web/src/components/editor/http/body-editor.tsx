"use client";

import type { TRequestBody } from "@stampede/contracts";
import { KeyValueRows } from "../fields/key-value-rows";
import { TextField } from "../fields/text-field";

const TYPES: { value: TRequestBody["type"]; label: string }[] = [
  { value: "none", label: "None" },
  { value: "json", label: "JSON" },
  { value: "form", label: "Form (x-www-form-urlencoded)" },
  { value: "raw", label: "Raw" },
];

/** Switching the body type keeps what can be kept: JSON and raw text carry over to each other. */
function convert(body: TRequestBody, type: TRequestBody["type"]): TRequestBody {
  const text = body.type === "json" ? body.json : body.type === "raw" ? body.text : "";
  switch (type) {
    case "none":
      return { type };
    case "json":
      return { type, json: text || "{\n  \n}" };
    case "form":
      return { type, fields: body.type === "form" ? body.fields : [{ name: "", value: "" }] };
    case "raw":
      return { type, text, contentType: body.type === "raw" ? body.contentType : "text/plain" };
  }
}

/** PTS "Body Definition": none, a JSON document, key/value form fields, or raw text with its content type. */
export function BodyEditor({
  body,
  onChange,
  issuePath,
}: {
  body: TRequestBody;
  onChange: (body: TRequestBody) => void;
  issuePath: string;
}) {
  return (
    <div className="space-y-3">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="sr-only">Body type</legend>
        {TYPES.map((t) => (
          <label key={t.value} className="flex items-center gap-1.5 text-sm text-slate-700">
            <input
              type="radio"
              name={`${issuePath}-type`}
              value={t.value}
              checked={body.type === t.value}
              onChange={() => onChange(convert(body, t.value))}
              className="focus-visible:ring-2 focus-visible:ring-blue-400"
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      {body.type === "none" && <p className="text-sm text-slate-400">This request sends no body.</p>}
      {body.type === "json" && (
        <TextField
          label="JSON body"
          multiline
          mono
          template
          rows={6}
          value={body.json}
          issuePath={`${issuePath}.json`}
          onChange={(json) => onChange({ ...body, json })}
          placeholder='{"input_token": "${access_token}"}'
        />
      )}
      {body.type === "form" && (
        <KeyValueRows
          rows={body.fields}
          onChange={(fields) => onChange({ ...body, fields })}
          issuePath={`${issuePath}.fields`}
          itemLabel="form field"
          namePlaceholder="key"
          testId="form-fields"
        />
      )}
      {body.type === "raw" && (
        <div className="space-y-3">
          <TextField
            label="Content type"
            className="max-w-sm"
            value={body.contentType}
            issuePath={`${issuePath}.contentType`}
            onChange={(contentType) => onChange({ ...body, contentType })}
            placeholder="text/plain"
          />
          <TextField
            label="Raw body"
            multiline
            mono
            template
            rows={6}
            value={body.text}
            issuePath={`${issuePath}.text`}
            onChange={(text) => onChange({ ...body, text })}
          />
        </div>
      )}
    </div>
  );
}

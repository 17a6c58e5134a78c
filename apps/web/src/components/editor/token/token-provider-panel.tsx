"use client";

import type { TTokenProvider } from "@stampede/contracts";
import { Card } from "../../card";
import { CheckboxField } from "../fields/checkbox-field";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { BUTTON } from "../fields/styles";
import { TextField } from "../fields/text-field";
import { RequestEditor } from "../http/request-editor";
import { defaultTokenProvider } from "./make-token-provider";
import { TokenRejectionEditor } from "./token-rejection-editor";

const P = "spec.tokenProvider";
const SOURCES = [
  { value: "body-json", label: "Body: JSON" },
  { value: "body-text", label: "Body: TEXT" },
  { value: "header", label: "Header" },
  { value: "cookie", label: "Cookie" },
] as const;

/**
 * The scenario's shared token: one request fetches it for every VU (and every worker), it is refreshed a
 * margin before its lifetime ends, and a business API's rejection triggers one refresh for everyone.
 */
export function TokenProviderPanel({
  value,
  onChange,
}: {
  value: TTokenProvider | undefined;
  onChange: (value: TTokenProvider | undefined) => void;
}) {
  if (!value) {
    return (
      <Card title="Token provider">
        <div className="flex items-center justify-between gap-4 px-4 py-4">
          <p className="text-sm text-slate-500">
            None: each VU gets tokens through the flow&apos;s own APIs. A token provider fetches one token for all VUs
            and refreshes it before it expires — for platforms that invalidate the old token on every issue.
          </p>
          <button type="button" className={`${BUTTON} shrink-0`} onClick={() => onChange(defaultTokenProvider())}>
            Add token provider
          </button>
        </div>
      </Card>
    );
  }
  const set = <K extends keyof TTokenProvider>(key: K, v: TTokenProvider[K]) => onChange({ ...value, [key]: v });
  const lifetime = value.lifetime;
  return (
    <Card
      title="Token provider"
      actions={
        <button type="button" className={`${BUTTON} text-xs text-red-700`} onClick={() => onChange(undefined)}>
          Remove token provider
        </button>
      }
    >
      <div className="space-y-5 p-4" data-testid="token-provider">
        <RequestEditor
          value={value.request}
          onChange={(r) => set("request", r)}
          issuePath={`${P}.request`}
          nameLabel="Request name"
        />
        <div className="grid grid-cols-[12rem_minmax(0,1fr)_minmax(0,1fr)] gap-3 border-t border-slate-100 pt-4">
          <SelectField
            label="Token is in"
            value={value.extract.source}
            options={SOURCES}
            issuePath={`${P}.extract.source`}
            onChange={(source) => set("extract", { ...value.extract, source })}
          />
          <TextField
            label="Token expression"
            mono
            value={value.extract.expression}
            placeholder="access_token"
            issuePath={`${P}.extract.expression`}
            onChange={(expression) => set("extract", { ...value.extract, expression })}
          />
          <TextField
            label="Parameter name (use as ${name})"
            mono
            value={value.param}
            issuePath={`${P}.param`}
            onChange={(param) => set("param", param)}
          />
        </div>
        <div className="grid grid-cols-[12rem_minmax(0,1fr)_12rem] gap-3">
          <SelectField
            label="Lifetime"
            value={lifetime.type}
            options={[
              { value: "field", label: "From the response" },
              { value: "fixed", label: "Fixed" },
            ]}
            issuePath={`${P}.lifetime.type`}
            onChange={(type) =>
              set("lifetime", type === "field" ? { type, expression: "expires_in" } : { type, seconds: 7200 })
            }
          />
          {lifetime.type === "field" ? (
            <TextField
              label="Lifetime field (seconds)"
              mono
              value={lifetime.expression}
              issuePath={`${P}.lifetime.expression`}
              onChange={(expression) => set("lifetime", { type: "field", expression })}
            />
          ) : (
            <NumberField
              label="Lifetime"
              suffix="s"
              min={1}
              value={lifetime.seconds}
              issuePath={`${P}.lifetime.seconds`}
              onChange={(seconds) => set("lifetime", { type: "fixed", seconds: seconds as number })}
            />
          )}
          <NumberField
            label="Refresh before expiry"
            suffix="s"
            min={0}
            value={value.refreshMarginSeconds}
            issuePath={`${P}.refreshMarginSeconds`}
            onChange={(v) => set("refreshMarginSeconds", v as number)}
          />
        </div>
        <TokenRejectionEditor
          value={value.rejectedWhen}
          onChange={(r) => set("rejectedWhen", r)}
          issuePath={`${P}.rejectedWhen`}
        />
        <CheckboxField
          label="After a rejection and refresh, retry the request once"
          checked={value.retryOnce}
          onChange={(v) => set("retryOnce", v)}
        />
      </div>
    </Card>
  );
}

"use client";

import { SECRET_MASK, type TKeyValue } from "@stampede/contracts";
import { Icon } from "./icons";
import { BUTTON, ICON_BUTTON } from "./styles";
import { TextField } from "./text-field";

/** The grid column the secret toggle sits in. */
export const SECRET_COLUMN = { header: "Secret", track: "3rem" };

/**
 * Marks a name/value row secret (encrypted when saved, never shown again) or not. Unmarking a saved secret
 * empties its value: "••••" would otherwise become the value, in the clear.
 */
export function SecretToggle({
  row,
  label,
  update,
}: {
  row: TKeyValue;
  label: string;
  update: (patch: Partial<TKeyValue>) => void;
}) {
  const secret = row.secret === true;
  const toggle = () =>
    update(secret ? { secret: undefined, value: row.value === SECRET_MASK ? "" : row.value } : { secret: true });
  return (
    <button
      type="button"
      aria-pressed={secret}
      aria-label={`${label} is secret`}
      title={secret ? "Secret: encrypted when saved, shown as •••• (click to unmark)" : "Mark as secret"}
      onClick={toggle}
      className={`${ICON_BUTTON} mt-1 ${secret ? "text-amber-700" : ""}`}
    >
      <Icon name={secret ? "lock" : "unlock"} />
    </button>
  );
}

/**
 * A row's value: as typed, or hidden for a secret. A saved secret comes back as "••••" and is kept as it is
 * until replaced (the server keeps the stored value for "••••").
 */
export function KeyValueValueField({
  row,
  label,
  issuePath,
  placeholder,
  template,
  update,
}: {
  row: TKeyValue;
  label: string;
  issuePath: string;
  placeholder?: string;
  template?: boolean;
  update: (patch: Partial<TKeyValue>) => void;
}) {
  if (row.secret && row.value === SECRET_MASK) {
    return (
      <div className="flex items-center gap-2">
        <span className="flex-1 font-mono text-[13px] text-slate-500" aria-label={label}>
          {SECRET_MASK} saved
        </span>
        <button type="button" className={`${BUTTON} px-2 py-0.5 text-xs`} onClick={() => update({ value: "" })}>
          Replace
        </button>
      </div>
    );
  }
  return (
    <TextField
      label={label}
      hideLabel
      mono
      template={template && !row.secret}
      concealed={row.secret === true}
      value={row.value}
      placeholder={placeholder}
      issuePath={issuePath}
      onChange={(value) => update({ value })}
    />
  );
}

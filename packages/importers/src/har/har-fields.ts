import type { TKeyValue } from "@stampede/contracts";
import { ImportError } from "../import-error";

/** A JSON object as HAR files hold them: fields read one by one, each checked where it is used. */
export type HarObject = Record<string, unknown>;

export function isObject(value: unknown): value is HarObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string field, or undefined when absent; any other type is an ImportError naming the field. */
export function optionalString(obj: HarObject, field: string, where: string, path: string): string | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new ImportError(where, `${path}.${field} must be a string`);
  return value;
}

/** A number field, or undefined when absent or negative (HAR writes -1 for "not known"). */
export function optionalNumber(obj: HarObject, field: string): number | undefined {
  const value = obj[field];
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** A HAR name/value list (headers, query, cookies); absent is empty, a malformed row is an ImportError. */
export function nameValueList(obj: HarObject, field: string, where: string, path: string): TKeyValue[] {
  const list = obj[field];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new ImportError(where, `${path}.${field} must be a list`);
  return list.map((row: unknown, i) => {
    if (!isObject(row) || typeof row.name !== "string" || (row.value !== undefined && typeof row.value !== "string")) {
      throw new ImportError(where, `${path}.${field}[${i}] needs a name and a string value`);
    }
    return { name: row.name, value: typeof row.value === "string" ? row.value : "" };
  });
}

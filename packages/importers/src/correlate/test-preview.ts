import { ZImportPreview, type TImportPreview } from "@stampede/contracts";
import type { z } from "zod";

type RequestInput = z.input<typeof ZImportPreview>["requests"][number];

/** Test-only: a HAR-like preview from terse requests (index, where and name filled in). */
export function previewOf(
  requests: Array<Omit<RequestInput, "index" | "where" | "name"> & { name?: string }>,
  extra: Partial<z.input<typeof ZImportPreview>> = {},
): TImportPreview {
  return ZImportPreview.parse({
    format: "har",
    ...extra,
    requests: requests.map((r, index) => ({ index, where: `entry ${index}`, name: `${r.method} ${index}`, ...r })),
  });
}

/** A JSON response as a recording keeps it. */
export const jsonResponse = (body: unknown, headers: Array<{ name: string; value: string }> = []) => ({
  status: 200,
  headers: [{ name: "content-type", value: "application/json" }, ...headers],
  bodyText: JSON.stringify(body),
  mimeType: "application/json",
});

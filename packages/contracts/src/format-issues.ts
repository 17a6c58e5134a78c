import type { z } from "zod";

/** Turns zod issues into one readable line each, with the field path first: `flows.0.steps.1.url: ...`. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

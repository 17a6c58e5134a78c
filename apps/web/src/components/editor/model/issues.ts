"use client";

import { createContext, useContext } from "react";

/** One server-side validation problem, split into the field path and the message. */
export interface FieldIssue {
  path: string;
  message: string;
  /** Found by the page itself (load settings), which shows its current findings at the field instead. */
  fromPage?: boolean;
}

const SPEC_ROOTS = /^(flows|globals|dataSources|tokenProvider|cookies|version|stopConditions)(\.|$)/;

/**
 * `"spec.flows.0.steps.1.url: not an absolute URL"` → `{path, message}`. The engine's compile errors name
 * paths inside the spec without the `spec.` prefix; they are normalised so one field id serves both.
 */
export function parseIssue(line: string): FieldIssue {
  const match = /^([A-Za-z0-9_.]+): ([\s\S]*)$/.exec(line);
  if (!match) return { path: "", message: line };
  const path = SPEC_ROOTS.test(match[1]!) ? `spec.${match[1]}` : match[1]!;
  return { path, message: match[2]! };
}

/** A field's DOM id from its issue path, so the summary can jump to it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

/** The issues of the last save or debug attempt, and a counter that changes with every new set. */
export interface IssueState {
  issues: FieldIssue[];
  version: number;
}

export const IssuesContext = createContext<IssueState>({ issues: [], version: 0 });

/** Messages aimed exactly at this field. */
export function useFieldIssues(path: string | undefined): string[] {
  const { issues } = useContext(IssuesContext);
  if (!path) return [];
  return issues.filter((i) => i.path === path).map((i) => i.message);
}

/** How many issues lie at or under a path (a collapsed step or a tab shows the count). */
export function useIssueCount(prefix: string): number {
  const { issues } = useContext(IssuesContext);
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`)).length;
}

export function useIssueVersion(): number {
  return useContext(IssuesContext).version;
}

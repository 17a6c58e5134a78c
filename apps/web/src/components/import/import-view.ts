import type {
  TCorrelation,
  TImportChoice,
  TImportedRequest,
  TImportPreview,
  TSecretFinding,
} from "@stampede/contracts";
import { secretKey } from "@/lib/import-keys";

/** What POST /api/v1/imports/preview answers. */
export interface ImportPreviewResult {
  preview: TImportPreview;
  hosts: Array<{ host: string; count: number }>;
  correlations: TCorrelation[];
  secrets: TSecretFinding[];
}

/** The choices the preview page holds besides the target. */
export interface ImportSelection {
  /** Request indexes ticked; a hidden request is never imported, whatever its box says. */
  checked: Set<number>;
  hideStatic: boolean;
  hideDuplicates: boolean;
  /** Hosts unticked in the host filter: their requests are hidden. */
  hiddenHosts: Set<string>;
  thinkTimes: boolean;
  correlations: Set<string>;
  tokenProviderFrom?: string;
  secrets: Set<string>;
}

/** What each part of the preview that edits the choice is given: the preview, the choice so far, and its setter. */
export interface SelectionPanelProps {
  result: ImportPreviewResult;
  selection: ImportSelection;
  onChange: (next: ImportSelection) => void;
}

/** Static assets and repeats start unticked; every correlation and secret found starts ticked. */
export function initialSelection(result: ImportPreviewResult): ImportSelection {
  const requests = result.preview.requests;
  return {
    checked: new Set(requests.filter((r) => !r.isStatic && r.duplicateOf === undefined).map((r) => r.index)),
    hideStatic: true,
    hideDuplicates: true,
    hiddenHosts: new Set(),
    thinkTimes: false,
    correlations: new Set(result.correlations.map((c) => c.id)),
    secrets: new Set(result.secrets.map(secretKey)),
  };
}

/** The host a request goes to, as the host filter groups it; a URL made by a parameter shows the reference. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.match(/^\$\{[^}]*\}/)?.[0] ?? url.split("/")[0] ?? url;
  }
}

/** The path and query of a request, for the table. */
export function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url.replace(/^\$\{[^}]*\}/, "");
  }
}

/** Bytes of the recorded response, as the file reports them (or as its text measures). */
export function responseSize(request: TImportedRequest): number | undefined {
  const response = request.response;
  if (!response) return undefined;
  return (
    response.size ?? (response.bodyText === undefined ? undefined : new TextEncoder().encode(response.bodyText).length)
  );
}

/** Whether the filters show a request. */
export function isShown(request: TImportedRequest, selection: ImportSelection): boolean {
  if (selection.hideStatic && request.isStatic) return false;
  if (selection.hideDuplicates && request.duplicateOf !== undefined) return false;
  return !selection.hiddenHosts.has(hostOf(request.url));
}

/** Think times come from recorded timestamps: only files that have them offer the option. */
export function offersThinkTimes(preview: TImportPreview): boolean {
  return preview.requests.some((r) => r.startedAtMs !== undefined);
}

/**
 * The choice POST /imports takes: the shown, ticked requests in file order; correlations whose source and a use
 * are imported; the token provider only when its correlation is ticked.
 */
export function choiceOf(result: ImportPreviewResult, selection: ImportSelection): TImportChoice {
  const include = result.preview.requests
    .filter((r) => selection.checked.has(r.index) && isShown(r, selection))
    .map((r) => r.index);
  const imported = new Set(include);
  const correlations = result.correlations
    .filter((c) => selection.correlations.has(c.id) && imported.has(c.source.requestIndex))
    .map((c) => c.id);
  const tokenProviderFrom =
    selection.tokenProviderFrom && correlations.includes(selection.tokenProviderFrom)
      ? selection.tokenProviderFrom
      : undefined;
  return {
    include,
    thinkTimes: selection.thinkTimes && offersThinkTimes(result.preview),
    correlations,
    tokenProviderFrom,
    secrets: result.secrets
      .filter((s) => selection.secrets.has(secretKey(s)) && imported.has(s.requestIndex))
      .map(secretKey),
  };
}

/** Adds or removes one member of a set, as a new set (React state stays immutable). */
export function toggled<T>(set: Set<T>, member: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(member);
  else next.delete(member);
  return next;
}

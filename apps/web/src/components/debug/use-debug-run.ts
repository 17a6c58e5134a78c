"use client";

import type { TDebugResult, TScenarioSpec } from "@stampede/contracts";
import { useCallback, useRef, useState } from "react";

/** Where the debugger is: not run yet, running, a result, or a failure (with the server's issues). */
export type DebugState =
  | { phase: "idle" }
  | { phase: "running" }
  | { phase: "done"; result: TDebugResult }
  | { phase: "failed"; error: string; issues: string[] };

/**
 * Runs one iteration of a flow of the spec being edited (POST /api/v1/debug). A newer run replaces an older
 * one still in flight, which is aborted so its answer cannot overwrite the newer.
 */
export function useDebugRun() {
  const [state, setState] = useState<DebugState>({ phase: "idle" });
  const inFlight = useRef<AbortController | null>(null);

  const run = useCallback(async (spec: TScenarioSpec, scenarioId: string | undefined, flowIndex: number) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setState({ phase: "running" });
    try {
      const response = await fetch("/api/v1/debug", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ spec, scenarioId, flowIndex }),
        signal: controller.signal,
      });
      const body = await response.json().catch(() => ({}));
      const next: DebugState = response.ok
        ? { phase: "done", result: body as TDebugResult }
        : { phase: "failed", error: body.error ?? `debug failed (HTTP ${response.status})`, issues: body.issues ?? [] };
      setState(next);
      return next;
    } catch (error) {
      if (controller.signal.aborted) return null;
      const next: DebugState = { phase: "failed", error: (error as Error).message, issues: [] };
      setState(next);
      return next;
    }
  }, []);

  return { state, run };
}

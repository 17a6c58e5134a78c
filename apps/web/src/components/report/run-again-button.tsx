"use client";

import type { TLoadConfig } from "@stampede/contracts";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BUTTON } from "../editor/fields/styles";
import { describeLoadPlan } from "../load/describe-load";
import { LoadPreviewChart } from "../load/load-preview-chart";
import { requestRunStart } from "../start-run/request-run-start";
import { StartRunDialog } from "../start-run/start-run-dialog";

/**
 * Starts a new run of the same scenario (as it is saved now) with this run's load, through the one Start
 * dialog: the compliance confirmation is asked again.
 */
export function RunAgainButton({
  scenarioId,
  scenarioName,
  load,
}: {
  scenarioId: string;
  scenarioName: string;
  load: TLoadConfig;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  async function execute(): Promise<string[] | null> {
    const started = await requestRunStart(scenarioId, load);
    if (!started.ok) return started.issues.length ? started.issues : [started.error];
    router.push(`/runs/${started.runId}`);
    return null;
  }
  return (
    <>
      <button type="button" className={BUTTON} onClick={() => setOpen(true)}>
        Run again
      </button>
      {open && (
        <StartRunDialog
          title="Run again"
          scenarioName={scenarioName}
          width="max-w-xl"
          onExecute={execute}
          onClose={() => setOpen(false)}
        >
          <div className="mt-4">
            <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="run-again-load">
              {describeLoadPlan(load)}
            </p>
            <div className="mt-2">
              <LoadPreviewChart load={load} />
            </div>
            <p className="mt-2 text-xs text-slate-500">
              The load of this run, applied to the scenario as it is saved now.
            </p>
          </div>
        </StartRunDialog>
      )}
    </>
  );
}

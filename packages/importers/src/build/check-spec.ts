import { ZScenarioSpec, type TScenarioSpecInput } from "@stampede/contracts";
import { ImportError } from "../import-error";

/**
 * Checks a built scenario against the scenario contract. A refusal is an ImportError naming the request the
 * offending step came from (`whereOf(flow, step)`), so the person can exclude or fix that one request.
 */
export function checkSpec(
  spec: TScenarioSpecInput,
  whereOf: (flowIndex: number, stepIndex: number) => string | undefined,
): void {
  const checked = ZScenarioSpec.safeParse(spec);
  if (checked.success) return;
  const issue = checked.error.issues[0]!;
  const [top, flow, steps, step, ...rest] = issue.path;
  const where =
    top === "flows" && typeof flow === "number" && steps === "steps" && typeof step === "number"
      ? whereOf(flow, step)
      : undefined;
  if (where) throw new ImportError(where, `${rest.map(String).join(".") || "step"}: ${issue.message}`);
  throw new ImportError(issue.path.map(String).join(".") || "scenario", issue.message);
}

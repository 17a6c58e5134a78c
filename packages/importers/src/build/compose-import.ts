import { formatIssues, ZHttpStep, type TImportChoice, type TImportPreview } from "@stampede/contracts";
import { applyCorrelations, CorrelationChoiceError, findCorrelations, tokenProviderFrom } from "../correlate";
import { ImportError } from "../import-error";
import { buildScenario, httpStepOf, type BuiltScenario } from "./build-scenario";

/** The person's choice as the console sends it: the requests, think times, and the proposals accepted. */
export type ComposeChoice = Pick<TImportChoice, "include"> & Partial<Omit<TImportChoice, "include">>;

/** The name the token request's step gets inside the token provider (reported under it, apart from business APIs). */
const TOKEN_PROVIDER_STEP = "token provider";

/**
 * The whole import: the accepted correlations and secrets applied to the preview, then the scenario built from
 * the chosen requests. The correlation chosen as the token provider makes its source request the scenario's
 * token provider, and that request leaves the flow (the provider fetches and refreshes the token for every VU;
 * a step would fetch a new one each iteration). A choice naming a proposal this preview does not have is an
 * ImportError naming the choice entry, like every other refusal of an import.
 */
export function composeImport(
  preview: TImportPreview,
  choice: ComposeChoice,
  options: { name?: string } = {},
): BuiltScenario {
  try {
    const applied = applyCorrelations(preview, choice, { tokenProviderFrom: choice.tokenProviderFrom });
    if (choice.tokenProviderFrom === undefined) return buildScenario(applied, choice, options);
    return withTokenProvider(preview, applied, choice, choice.tokenProviderFrom, options);
  } catch (err) {
    if (err instanceof CorrelationChoiceError) {
      throw new ImportError(err.where, err.message.slice(err.where.length + 2));
    }
    throw err;
  }
}

function withTokenProvider(
  preview: TImportPreview,
  applied: TImportPreview,
  choice: ComposeChoice,
  providerId: string,
  options: { name?: string },
): BuiltScenario {
  // applyCorrelations has checked the id is a proposal of this preview.
  const sourceIndex = findCorrelations(preview).correlations.find((c) => c.id === providerId)!.source.requestIndex;
  const source = applied.requests.find((r) => r.index === sourceIndex)!;
  const step = ZHttpStep.safeParse(httpStepOf(source, TOKEN_PROVIDER_STEP));
  if (!step.success) throw new ImportError(source.where, `token request: ${formatIssues(step.error)[0]}`);
  const include = choice.include.filter((index) => index !== sourceIndex);
  if (include.length === 0) {
    throw new ImportError("include", "the token request becomes the token provider; choose at least one other request");
  }
  const tokenProvider = tokenProviderFrom(preview, providerId, step.data);
  return buildScenario(applied, { ...choice, include }, { ...options, extra: { tokenProvider } });
}

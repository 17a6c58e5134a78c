import { type TImportChoice, type TImportPreview, ZHttpStep } from "@stampede/contracts";
import { buildScenario, httpStepOf, type BuiltScenario } from "./build/build-scenario";
import { applyCorrelations, findCorrelations, tokenProviderFrom } from "./correlate";
import { ImportError } from "./import-error";

/**
 * The whole import after the preview: the chosen secrets and correlations applied, the chosen token
 * correlation turned into the scenario's token provider (its request leaves the steps), then the chosen
 * requests built into flows. Choices that do not fit the preview are ImportErrors naming the choice field.
 */
export function composeImport(preview: TImportPreview, choice: TImportChoice, opts: { name: string }): BuiltScenario {
  const found = findCorrelations(preview).correlations;
  const included = new Set(choice.include);
  choice.correlations.forEach((id, i) => {
    const source = found.find((c) => c.id === id)?.source.requestIndex;
    if (source !== undefined && !included.has(source) && id !== choice.tokenProviderFrom) {
      throw new ImportError(
        `correlations[${i}]`,
        `"${id}" reads its value from request ${source}, which is not included; include it or drop the correlation`,
      );
    }
  });
  const from = choice.tokenProviderFrom;
  const applied = applyCorrelations(preview, choice, { tokenProviderFrom: from });
  if (from === undefined) return buildScenario(applied, choice, opts);

  const source = applied.requests.find((r) => r.index === found.find((c) => c.id === from)!.source.requestIndex)!;
  const include = choice.include.filter((i) => i !== source.index);
  if (include.length === 0) {
    throw new ImportError("include", "the token request is the only request chosen; choose an API that uses it");
  }
  // The token request is built as any step is (URL, headers, body), then moved to the provider.
  const step = ZHttpStep.parse(httpStepOf(source, source.name));
  const tokenProvider = tokenProviderFrom(preview, from, step);
  return buildScenario(applied, { ...choice, include }, { ...opts, extra: { tokenProvider } });
}

import type { THttpStep, TImportPreview, TTokenProvider } from "@stampede/contracts";
import { proposeCorrelations } from "./find-correlations";
import { CorrelationChoiceError } from "./apply-correlations";
import { returnedValues } from "./response-values";

/** The token provider's input shape: defaults (refresh margin, rejection rule) are left to the schema. */
export type TokenProviderInput = Pick<TTokenProvider, "param" | "extract" | "lifetime"> & {
  request: Omit<THttpStep, "outputs" | "checks">;
};

/**
 * The scenario's token provider made from a token correlation: its source request (already built as a step)
 * fetches the token, the correlation's output says where the token is, and its lifetime comes from the
 * sibling `expires_in` the recording showed (without one, the engine's default lifetime and refresh on 401).
 */
export function tokenProviderFrom(preview: TImportPreview, correlationId: string, step: THttpStep): TokenProviderInput {
  const correlation = proposeCorrelations(preview).correlations.find((c) => c.id === correlationId);
  if (!correlation) {
    throw new CorrelationChoiceError(
      "tokenProviderFrom",
      `"${correlationId}" is not a correlation found in this import`,
    );
  }
  const { output, requestIndex } = correlation.source;
  if (output.source !== "body-json" && output.source !== "header") {
    throw new CorrelationChoiceError(
      "tokenProviderFrom",
      `a token read from ${output.source} cannot feed a token provider`,
    );
  }
  const source = preview.requests.find((r) => r.index === requestIndex);
  const response = source?.response;
  const lifetimePath = response
    ? returnedValues(response).find((v) => v.read?.expression === output.expression)?.lifetimePath
    : undefined;
  const { outputs: _outputs, checks: _checks, ...request } = step;
  return {
    request: { ...request, name: step.name },
    extract: { source: output.source, expression: output.expression },
    param: correlation.param,
    lifetime: { type: "field", expression: lifetimePath ?? "$.expires_in" },
  };
}

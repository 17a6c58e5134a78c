"use client";

import { createContext, useContext } from "react";

/**
 * The parameter names a field may reference where it sits (globals, data columns, the token, outputs of
 * earlier steps). Null where no check applies.
 */
export const ParamScopeContext = createContext<ReadonlySet<string> | null>(null);

export function useParamScope(): ReadonlySet<string> | null {
  return useContext(ParamScopeContext);
}

"use client";

import { undefinedReferences } from "../model/references";
import { useParamScope } from "../model/scope";

/**
 * What is wrong with a field, under it: the server's messages for its path, and `${refs}` that nothing in
 * scope defines (they would be sent literally, so the hint appears while typing, before any save).
 */
export function FieldHints({
  id,
  issues,
  template,
}: {
  id: string;
  issues: string[];
  /** The field's text when it is a template whose references should be checked. */
  template?: string;
}) {
  const scope = useParamScope();
  const missing = template !== undefined && scope ? undefinedReferences(template, scope) : [];
  if (issues.length === 0 && missing.length === 0) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-xs text-red-600">
      {issues.map((message) => (
        <p key={message} data-testid="field-issue">
          {message}
        </p>
      ))}
      {missing.map((ref) => (
        <p key={ref} data-testid="undefined-ref">
          nothing defines {ref}
        </p>
      ))}
    </div>
  );
}

/** Pretty-prints JSON when the text is JSON, so nested fields read at a glance; any other text as is. */
function pretty(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return text;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return text;
  }
}

/** A request or response body, scrollable, with a note when the debugger cut it. */
export function BodyView({
  text,
  truncated,
  testId,
}: {
  text: string | undefined;
  truncated?: boolean;
  testId?: string;
}) {
  if (!text) return <p className="text-xs text-slate-400">(no body)</p>;
  return (
    <div>
      <pre
        data-testid={testId}
        className="max-h-56 overflow-auto rounded bg-slate-900 p-2 font-mono text-xs whitespace-pre-wrap break-all text-slate-100"
      >
        {pretty(text)}
      </pre>
      {truncated && <p className="mt-0.5 text-xs text-amber-700">Cut: only the first part of the body is shown.</p>}
    </div>
  );
}

/** Header lines as sent or received. */
export function HeaderList({ headers }: { headers: [string, string][] }) {
  if (headers.length === 0) return <p className="text-xs text-slate-400">(no headers)</p>;
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 font-mono text-xs">
      {headers.map(([k, v], i) => (
        <div key={`${k}-${i}`} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd className="break-all text-slate-800">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Why the run stopped, at the top of the page: red when a stop condition ended it, amber when a person did
 * ("stopped by ana@example.com").
 */
export function StopReasonBanner({ reason }: { reason: string | null }) {
  if (!reason) return null;
  const byPerson = reason.startsWith("stopped by ");
  return (
    <div
      role="alert"
      data-testid="stop-reason"
      className={`mb-4 rounded-md border px-4 py-3 text-sm ${
        byPerson ? "border-amber-200 bg-amber-50 text-amber-900" : "border-red-200 bg-red-50 text-red-800"
      }`}
    >
      {byPerson ? `S${reason.slice(1)}` : `Stopped by a stop condition: ${reason}`}
    </div>
  );
}

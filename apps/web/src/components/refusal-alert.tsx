import type { Refusal } from "@/lib/api-refusal";

/** The server's refusal as the page shows it: the headline, then each `path: message` issue. */
export function RefusalAlert({ refusal, className = "" }: { refusal: Refusal | null; className?: string }) {
  if (!refusal) return null;
  return (
    <div role="alert" className={`rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ${className}`}>
      <p>{refusal.error}</p>
      {refusal.issues.length > 0 && (
        <ul className="mt-1 list-inside list-disc text-xs">
          {refusal.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

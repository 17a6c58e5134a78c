import { TIMING_PHASES, type TRequestTimings, type TTimingPhase } from "@stampede/contracts";

const PHASE_STYLE: Record<TTimingPhase, { label: string; bar: string }> = {
  blocked: { label: "Blocked", bar: "bg-slate-300" },
  dns: { label: "DNS", bar: "bg-teal-500" },
  connect: { label: "Connect", bar: "bg-amber-500" },
  tls: { label: "TLS", bar: "bg-purple-500" },
  send: { label: "Send", bar: "bg-sky-500" },
  wait: { label: "Wait (TTFB)", bar: "bg-emerald-500" },
  receive: { label: "Receive", bar: "bg-blue-600" },
};

const formatMs = (ms: number) =>
  ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);

/**
 * A sampled request's timing phases as a waterfall: one row per phase, each bar starting where the previous
 * ended, widths in proportion to the request's whole time.
 */
export function SampleWaterfall({ timings }: { timings: TRequestTimings | undefined }) {
  if (!timings) {
    return <p className="text-xs text-slate-500">No timing phases for this request (it reached no connection).</p>;
  }
  const total = TIMING_PHASES.reduce((sum, phase) => sum + timings[phase], 0);
  let start = 0;
  return (
    <div data-testid="sample-waterfall" className="space-y-1">
      <p className="text-xs text-slate-500">
        {formatMs(total)} ms in all
        {timings.reused && (
          <span data-testid="reused-connection" className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">
            reused connection
          </span>
        )}
      </p>
      {TIMING_PHASES.map((phase) => {
        const ms = timings[phase];
        const left = total > 0 ? (start / total) * 100 : 0;
        const width = total > 0 ? (ms / total) * 100 : 0;
        start += ms;
        return (
          <div key={phase} className="grid grid-cols-[7rem_1fr_4.5rem] items-center gap-2 text-xs">
            <span className="text-slate-600">{PHASE_STYLE[phase].label}</span>
            <span className="relative h-3 rounded bg-slate-50">
              <span
                data-phase={phase}
                className={`absolute top-0 h-3 rounded ${PHASE_STYLE[phase].bar}`}
                style={{ left: `${left}%`, width: ms > 0 ? `max(${width}%, 2px)` : 0 }}
              />
            </span>
            <span className="text-right font-mono text-slate-700">{formatMs(ms)} ms</span>
          </div>
        );
      })}
    </div>
  );
}

import type { TStep } from "@stampede/contracts";

const METHOD_STYLES: Record<string, string> = {
  GET: "bg-emerald-50 text-emerald-700",
  POST: "bg-blue-50 text-blue-700",
  PUT: "bg-amber-50 text-amber-700",
  PATCH: "bg-amber-50 text-amber-700",
  DELETE: "bg-red-50 text-red-700",
};

const KIND_LABELS: Record<Exclude<TStep["type"], "http">, string> = {
  think: "THINK",
  rendezvous: "WAIT",
  data: "DATA",
};

/** The badge at the start of a step's header: the method for an API, the kind for an instruction. */
export function StepBadge({ step }: { step: TStep }) {
  const text = step.type === "http" ? step.method : KIND_LABELS[step.type];
  const style =
    step.type === "http"
      ? (METHOD_STYLES[step.method] ?? "bg-slate-100 text-slate-700")
      : "bg-violet-50 text-violet-700";
  return (
    <span className={`w-16 shrink-0 rounded px-1.5 py-0.5 text-center font-mono text-xs font-semibold ${style}`}>
      {text}
    </span>
  );
}

/** One line saying what the step does, shown in its header so a collapsed list still reads. */
export function stepSummary(step: TStep): string {
  switch (step.type) {
    case "http": {
      const outs = step.outputs.filter((o) => o.name).map((o) => `\${${o.name}}`);
      return `${step.url || "(no URL yet)"}${outs.length ? `  →  ${outs.join(", ")}` : ""}`;
    }
    case "think":
      if (step.distribution === "uniform") return `think ${step.ms}–${step.maxMs ?? "?"} ms (uniform)`;
      if (step.distribution === "normal") return `think ${step.ms} ± ${step.stddevMs ?? "?"} ms (normal)`;
      return `think ${step.ms} ms`;
    case "rendezvous":
      return `wait for ${step.users} VUs, at most ${step.timeoutMs} ms`;
    case "data":
      return step.assignments.map((a) => `${a.name || "?"} = ${a.value}`).join(", ");
  }
}

/** One look for every input of the editor; the ring keeps keyboard focus visible. */
export const INPUT =
  "w-full rounded-md border px-2 py-1.5 text-sm text-slate-900 bg-white placeholder:text-slate-400 focus:outline-none focus:ring-2 focus:ring-blue-200 focus:border-blue-500 disabled:bg-slate-50";

export function inputClass(invalid: boolean, extra = ""): string {
  return `${INPUT} ${invalid ? "border-red-400" : "border-slate-300"} ${extra}`;
}

export const LABEL = "block text-xs font-medium text-slate-600";

export const BUTTON =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 disabled:opacity-50";

export const PRIMARY_BUTTON =
  "rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-blue-700 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 focus-visible:ring-offset-1 disabled:opacity-50";

export const ICON_BUTTON =
  "rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 disabled:opacity-30 disabled:hover:bg-transparent";

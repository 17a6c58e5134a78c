/** One colour per compared run, in order; the reference (first) is the darkest. */
export const RUN_COLORS = ["#0f172a", "#2563eb", "#dc2626", "#16a34a", "#d97706"];

/** JMeter functions with a Stampede template function that does the same. */
const EQUIVALENT: Record<string, (args: string[]) => string> = {
  __UUID: () => "${__uuid()}",
  __Random: (a) => `\${__random(${a[0] ?? 0}, ${a[1] ?? 1000})}`,
  __time: (a) => (a[0] === "/1000" ? "${__timestamp(s)}" : "${__timestamp()}"),
};

/**
 * Rewrites JMeter function calls in a value: `${__P(x,default)}` and `${__property(x,,default)}` become their
 * default (a property is given on the command line, which an import cannot see), a few have an equivalent;
 * `${var}` is the same in both. What is not understood is kept as text and reported in `noted`.
 */
export function fromJMeter(value: string, noted: Set<string>): string {
  return value.replace(/\$\{(__\w+)(?:\(([^()]*)\))?\}/g, (whole, fn: string, rawArgs: string | undefined) => {
    const args = (rawArgs ?? "").split(",").map((a) => a.trim());
    if (fn === "__P" || fn === "__property") {
      const fallback = fn === "__P" ? args[1] : args[2];
      noted.add(`${whole} (a JMeter property) replaced by its default "${fallback ?? ""}"`);
      return fallback ?? "";
    }
    const equivalent = EQUIVALENT[fn];
    if (equivalent) return equivalent(args);
    noted.add(`${whole} is a JMeter function Stampede does not have; kept as text`);
    return whole;
  });
}

/** Postman's dynamic variables that have a Stampede template function doing the same thing. */
const DYNAMIC: Record<string, string> = {
  $guid: "${__uuid()}",
  $randomUUID: "${__uuid()}",
  $timestamp: "${__timestamp(s)}",
  $isoTimestamp: "${__date(yyyy-MM-ddTHH:mm:ss.SSS)}",
  $randomInt: "${__random(0, 1000)}",
};

/**
 * Turns Postman's `{{name}}` references into Stampede's `${name}`. A dynamic variable (`{{$guid}}`) becomes the
 * template function that does the same; one without an equivalent is kept as text and reported in `unknown`.
 */
export function toTemplate(text: string, unknown?: Set<string>): string {
  return text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, name: string) => {
    if (!name.startsWith("$")) return `\${${name}}`;
    const fn = DYNAMIC[name];
    if (fn) return fn;
    unknown?.add(name);
    return whole;
  });
}

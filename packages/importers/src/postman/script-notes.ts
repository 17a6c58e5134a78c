import type { TOutputParam } from "@stampede/contracts";
import type { EventList } from "postman-collection";
import { outputsFromScript } from "./script-outputs";

/** The code of a node's scripts for one event, joined; empty when it has none. */
function code(events: EventList, listen: "test" | "prerequest"): string {
  return events
    .listeners(listen)
    .map((e) => (e.script?.exec ?? []).join("\n"))
    .join("\n")
    .trim();
}

const quoted = (outputs: TOutputParam[]) => outputs.map((o) => `\`${o.name}\``).join(", ");

/**
 * Scripts are never run: a note for each kind a node has, naming the values recognised in its test script and
 * carried over as output parameters instead.
 */
export function scriptNotes(node: { events: EventList }): { notes: string[]; outputs: TOutputParam[] } {
  const notes: string[] = [];
  if (code(node.events, "prerequest")) notes.push("pre-request script not run");
  const test = code(node.events, "test");
  const outputs = test ? outputsFromScript(test) : [];
  if (test && outputs.length) {
    const plural = outputs.length > 1 ? "output parameters" : "an output parameter";
    notes.push(`tests not run; ${quoted(outputs)} taken from the response as ${plural}`);
  } else if (test) notes.push("tests not run");
  return { notes, outputs };
}

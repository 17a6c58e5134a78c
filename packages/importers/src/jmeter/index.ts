import type { TImportPreview } from "@stampede/contracts";
import { ImportError } from "../import-error";
import { ROOT_SCOPE } from "./scope";
import { readArguments, walk, type Found } from "./walk";
import { parseXml } from "./xml";

/**
 * A JMeter test plan (.jmx) → the preview: HTTP samplers as requests with the headers, extractors, assertions and
 * timers in their scope; thread groups as flows and load; user defined variables as globals; CSV data sets as
 * data sources. Every other element is listed as not imported, with its line.
 */
export function parseJmx(text: string): TImportPreview {
  const root = parseXml(text);
  const top = root.children.find((c) => c.tag === "hashTree");
  const plan = top?.children.find((c) => c.tag === "TestPlan");
  if (!top || !plan) throw new ImportError(`line ${root.line}`, "the file has no <TestPlan> element");
  const found: Found = { requests: [], globals: [], dataSources: [], notes: [] };
  const noted = new Set<string>();
  readArguments(plan, found, noted);
  noted.forEach((message) => found.notes.push({ where: `line ${plan.line}`, message: `TestPlan: ${message}` }));
  const planTree = top.children[top.children.indexOf(plan) + 1];
  walk(planTree?.tag === "hashTree" ? planTree.children : [], ROOT_SCOPE, found);
  if (!found.requests.length)
    found.notes.push({ where: `line ${plan.line}`, message: "the test plan has no HTTP samplers" });
  return {
    format: "jmeter",
    title: plan.attrs.testname || undefined,
    requests: found.requests,
    globals: found.globals,
    dataSources: found.dataSources,
    ...(found.load ? { load: found.load } : {}),
    notes: found.notes,
  };
}

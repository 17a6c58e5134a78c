import type { TDataSourceBinding, TImportNote, TImportedRequest, TKeyValue, TLoadConfig } from "@stampede/contracts";
import { readResponseAssertion } from "./assertions";
import { readCsvDataSet } from "./csv-data-set";
import { readJsonExtractor, readRegexExtractor } from "./extractors";
import { fromJMeter } from "./functions";
import { type Scope, withHeaders } from "./scope";
import { readSampler } from "./sampler";
import { readThreadGroup } from "./thread-group";
import { collection, describe, prop, type XmlElement } from "./xml";

/** Everything found so far, in document order. */
export type Found = {
  requests: TImportedRequest[];
  globals: TKeyValue[];
  dataSources: TDataSourceBinding[];
  load?: TLoadConfig;
  notes: TImportNote[];
};

/** Config elements and rules that only change the scope of their siblings; read before the samplers. */
const SCOPED = new Set([
  "HeaderManager",
  "ConfigTestElement",
  "JSONPostProcessor",
  "RegexExtractor",
  "ResponseAssertion",
  "ConstantTimer",
]);
const THREAD_GROUPS = new Set(["ThreadGroup", "SetupThreadGroup", "PostThreadGroup"]);
/** Holders whose children are imported even though their own logic (loops, conditions, transactions) is not. */
const CONTROLLERS = /Controller$/;

type Pair = { element: XmlElement; tree: XmlElement[] };

/** A hashTree's children as (element, the hashTree after it) pairs: JMeter's way of nesting. */
function pairs(tree: XmlElement[]): Pair[] {
  const out: Pair[] = [];
  tree.forEach((element, i) => {
    if (element.tag === "hashTree") return;
    const next = tree[i + 1];
    out.push({ element, tree: next?.tag === "hashTree" ? next.children : [] });
  });
  return out;
}

const note = (found: Found, element: XmlElement, message: string) =>
  found.notes.push({ where: `line ${element.line}`, message });

/** User Defined Variables → globals (JMeter functions in values become their defaults). */
export function readArguments(element: XmlElement, found: Found, noted: Set<string>): void {
  for (const arg of collection(element, "Arguments.arguments")) {
    const name = (prop(arg, "Argument.name") ?? "").trim();
    if (!name) continue;
    const value = fromJMeter(prop(arg, "Argument.value") ?? "", noted);
    found.globals = [...found.globals.filter((g) => g.name !== name), { name, value }];
  }
}

/** The scope a level of the tree gives its samplers: the parent's, plus this level's config elements and rules. */
function scopeOf(level: Pair[], parent: Scope, found: Found): Scope {
  const scope: Scope = { ...parent, defaults: { ...parent.defaults } };
  for (const { element } of level) {
    if (element.attrs.enabled === "false") continue;
    switch (element.tag) {
      case "HeaderManager": {
        const rows = collection(element, "HeaderManager.headers").map((h) => ({
          name: prop(h, "Header.name") ?? "",
          value: prop(h, "Header.value") ?? "",
        }));
        scope.headers = withHeaders(
          scope.headers,
          rows.filter((h) => h.name),
        );
        break;
      }
      case "ConfigTestElement":
        for (const key of ["protocol", "domain", "port", "path"]) {
          const value = prop(element, `HTTPSampler.${key}`)?.trim();
          if (value) scope.defaults[key] = value;
        }
        break;
      case "ConstantTimer":
        scope.thinkMs += Math.max(0, Number(prop(element, "ConstantTimer.delay") ?? 0) || 0);
        break;
      default: {
        const read = { JSONPostProcessor: readJsonExtractor, RegexExtractor: readRegexExtractor }[element.tag];
        const rules = read
          ? read(element)
          : element.tag === "ResponseAssertion"
            ? readResponseAssertion(element)
            : undefined;
        if (!rules) break;
        if (read) scope.outputs = [...scope.outputs, ...(rules.items as Scope["outputs"])];
        else scope.checks = [...scope.checks, ...(rules.items as Scope["checks"])];
        rules.notes.forEach((message) => note(found, element, message));
      }
    }
  }
  return scope;
}

/** Walks one level of the tree: samplers become requests, thread groups flows, the rest notes. */
export function walk(tree: XmlElement[], parent: Scope, found: Found): void {
  const level = pairs(tree);
  const scope = scopeOf(level, parent, found);
  for (const { element, tree: inner } of level) {
    const noted = new Set<string>();
    const tag = element.tag;
    if (element.attrs.enabled === "false") note(found, element, `${describe(element)} is disabled; not imported`);
    else if (SCOPED.has(tag)) {
      // Read by scopeOf; what is under them (nothing, in a plan JMeter saves) has no meaning of its own.
    } else if (tag === "Arguments") readArguments(element, found, noted);
    else if (tag === "CSVDataSet") {
      const { binding, notes } = readCsvDataSet(element);
      if (!found.dataSources.some((d) => d.name === binding.name)) found.dataSources.push(binding);
      notes.forEach((message) => note(found, element, `${describe(element)}: ${message}`));
    } else if (THREAD_GROUPS.has(tag)) {
      const { load, notes } = readThreadGroup(element, noted);
      notes.forEach((message) => note(found, element, `${describe(element)}: ${message}`));
      if (!found.load) found.load = load;
      else note(found, element, `${describe(element)}: load settings not imported (the first thread group's are used)`);
      walk(inner, { ...scope, group: element.attrs.testname || tag }, found);
    } else if (tag === "HTTPSamplerProxy" || tag === "HTTPSampler") {
      const request = readSampler(element, scopeOf(pairs(inner), scope, found), noted);
      if (typeof request === "string") note(found, element, request);
      else found.requests.push({ index: found.requests.length, ...request });
      walkUnder(inner, found);
    } else {
      note(found, element, `${describe(element)} is not imported${CONTROLLERS.test(tag) ? " (its samplers are)" : ""}`);
      if (CONTROLLERS.test(tag)) walk(inner, scope, found);
      else walkUnder(inner, found);
    }
    noted.forEach((message) => note(found, element, `${describe(element)}: ${message}`));
  }
}

/** Below a sampler or an unknown element: rules already applied, anything else listed as not imported. */
function walkUnder(tree: XmlElement[], found: Found): void {
  for (const { element, tree: inner } of pairs(tree)) {
    if (SCOPED.has(element.tag) && element.attrs.enabled !== "false") continue;
    note(found, element, `${describe(element)} is not imported`);
    walkUnder(inner, found);
  }
}

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ImportError } from "../import-error";

/** An element of the .jmx, in document order, with the line its start tag is on. */
export type XmlElement = {
  tag: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (a property's value). */
  text: string;
  line: number;
};

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true, // JMeter pairs each element with the hashTree that follows it: order is meaning
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
});

/** For each tag, the offsets of its start tags in the text (comments and CDATA blanked so they are not counted). */
function startTags(text: string): (tag: string) => number[] {
  const blanked = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, " "));
  const cache = new Map<string, number[]>();
  return (tag) => {
    let offsets = cache.get(tag);
    if (!offsets) {
      const escaped = tag.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
      offsets = [...blanked.matchAll(new RegExp(`<${escaped}(?=[\\s/>])`, "g"))].map((m) => m.index);
      cache.set(tag, offsets);
    }
    return offsets;
  };
}

/** Text → the root element, or ImportError("line N", ...) with the XML validator's line and complaint. */
export function parseXml(text: string): XmlElement {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true)
    throw new ImportError(`line ${verdict.err.line}`, `not well-formed XML: ${xmlProblem(verdict.err.msg)}`);
  const offsetsOf = startTags(text);
  const seen = new Map<string, number>();
  const lineAt = (offset: number | undefined) => (offset === undefined ? 0 : text.slice(0, offset).split("\n").length);
  // Pre-order is document order, so the n-th element named T is the n-th start tag <T in the text.
  const convert = (node: Ordered): XmlElement | undefined => {
    const tag = Object.keys(node).find((k) => k !== ":@");
    if (!tag || tag === "#text" || tag.startsWith("?")) return undefined;
    const n = seen.get(tag) ?? 0;
    seen.set(tag, n + 1);
    const line = lineAt(offsetsOf(tag)[n]);
    const raw = (node[tag] as Ordered[]) ?? [];
    const text = raw.map((c) => (typeof c["#text"] === "string" ? c["#text"] : "")).join("");
    const children = raw.map(convert).filter((c): c is XmlElement => c !== undefined);
    return { tag, attrs: node[":@"] ?? {}, children, text, line };
  };
  const roots = (parser.parse(text) as Ordered[]).map(convert).filter((c): c is XmlElement => c !== undefined);
  const root = roots[0];
  if (!root || root.tag !== "jmeterTestPlan") {
    throw new ImportError(
      "line 1",
      `not a JMeter test plan: the root element is <${root?.tag ?? "none"}>, not <jmeterTestPlan>`,
    );
  }
  return root;
}

/** A property's value (stringProp, intProp, longProp, boolProp, ...) by its name attribute. */
export function prop(element: XmlElement, name: string): string | undefined {
  const found = element.children.find(
    (c) => c.attrs.name === name && /Prop$/.test(c.tag) && c.tag !== "collectionProp",
  );
  return found?.text;
}

/** A boolean property; `fallback` when absent. */
export function boolProp(element: XmlElement, name: string, fallback = false): boolean {
  const value = prop(element, name)?.trim();
  return value === undefined || value === "" ? fallback : value === "true";
}

/** The items of a collectionProp (found at any depth below `element`, e.g. inside an Arguments elementProp). */
export function collection(element: XmlElement, name: string): XmlElement[] {
  for (const child of element.children) {
    if (child.tag === "collectionProp" && child.attrs.name === name) return child.children;
    const inner = child.tag === "elementProp" ? collection(child, name) : [];
    if (inner.length) return inner;
  }
  return [];
}

/** How a note names an element: its type, its name in the tree and its line. */
export const describe = (e: XmlElement) => `${e.attrs.testclass ?? e.tag} "${e.attrs.testname ?? ""}" (line ${e.line})`;

/** The validator's message in words: at the end of the file it lists the elements never closed as a JSON array. */
function xmlProblem(message: string): string {
  const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(message.trim());
  if (!unclosed) return message;
  const names = unclosed[1]!.split(",").map((n) => n.trim().replace(/^"|"$/g, ""));
  return `the file ends before ${names.map((n) => `<${n}>`).join(", ")} ${names.length === 1 ? "is" : "are"} closed`;
}

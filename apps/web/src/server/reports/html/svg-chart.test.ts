import { describe, expect, it } from "vitest";
import { escapeHtml, htmlTable } from "./html-text";
import { svgLineChart } from "./svg-chart";

describe("svgLineChart", () => {
  it("draws an hour of seconds as at most 600 points per line, spikes kept", () => {
    const xs = Array.from({ length: 3600 }, (_, i) => i);
    const values = xs.map((i) => (i === 1234 ? 900 : 10));
    const svg = svgLineChart("RT", xs, [{ name: "p95", color: "#000", values }], "ms");
    const path = /<path d="([^"]+)"/.exec(svg)![1]!;
    expect(path.split(/[ML]/).filter(Boolean).length).toBeLessThanOrEqual(600);
    expect(svg).not.toContain("NaN");
    // The y axis reaches the spike (900 → a nice 1000), so bucketing kept the largest value.
    expect(svg).toContain(">1000<");
  });

  it("breaks the line where a second has no value, and escapes names", () => {
    const svg = svgLineChart("<b>", [0, 1, 2, 3], [{ name: "a&b", color: "#000", values: [1, null, 2, 3] }], "x");
    expect(/<path d="([^"]+)"/.exec(svg)![1]!.match(/M/g)).toHaveLength(2);
    expect(svg).toContain("&lt;b&gt;");
    expect(svg).toContain("a&amp;b");
  });
});

describe("htmlTable", () => {
  it("aligns numeric columns and marks rows", () => {
    const html = htmlTable(["API", "n"], [["a", "1"]], [false, true], "t", () => "knee");
    expect(html).toContain('<tr class="knee"><td>a</td><td class="num">1</td></tr>');
    expect(escapeHtml(`"'`)).toBe("&quot;&#39;");
  });
});

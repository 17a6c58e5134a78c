import { escapeHtml } from "./html-text";

/** One line of a chart: a name, a colour and a value per x (null: no value there). */
export interface SvgSeries {
  name: string;
  color: string;
  values: (number | null)[];
}

const WIDTH = 760;
const HEIGHT = 220;
const PAD = { left: 56, right: 12, top: 12, bottom: 28 };
/** More points than this are bucketed (a bucket keeps its largest value, so a spike stays visible). */
const MAX_POINTS = 600;

function bucket(values: (number | null)[], size: number): (number | null)[] {
  if (size <= 1) return values;
  const out: (number | null)[] = [];
  for (let i = 0; i < values.length; i += size) {
    const present = values.slice(i, i + size).filter((v): v is number => v !== null);
    out.push(present.length ? Math.max(...present) : null);
  }
  return out;
}

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const label = (n: number) => (n >= 10_000 ? `${Math.round(n / 1000)}k` : String(Math.round(n * 10) / 10));

/**
 * A line chart as inline SVG, drawn on the server: straight segments between seconds (no smoothing), a
 * y axis from zero with four gridlines, x labels in seconds. No scripts, no external resources.
 */
export function svgLineChart(title: string, xs: number[], series: SvgSeries[], unit: string): string {
  const size = Math.ceil(xs.length / MAX_POINTS);
  const x = bucket(xs, size).map((v) => v ?? 0);
  const lines = series.map((s) => ({ ...s, values: bucket(s.values, size) }));
  const yMax = niceMax(Math.max(0, ...lines.flatMap((s) => s.values.filter((v): v is number => v !== null))));
  const xMin = x[0] ?? 0;
  const xMax = Math.max(xMin + 1, x.at(-1) ?? 1);
  const px = (v: number) => PAD.left + ((v - xMin) / (xMax - xMin)) * (WIDTH - PAD.left - PAD.right);
  const py = (v: number) => HEIGHT - PAD.bottom - (v / yMax) * (HEIGHT - PAD.top - PAD.bottom);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => {
      const y = py(yMax * f).toFixed(1);
      return `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y}" y2="${y}" stroke="#e2e8f0"/><text x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${label(yMax * f)}</text>`;
    })
    .join("");
  const xLabels = [xMin, (xMin + xMax) / 2, xMax]
    .map((v) => `<text x="${px(v).toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle">${Math.round(v)} s</text>`)
    .join("");
  const paths = lines
    .map((s) => {
      let d = "";
      let pen = "M";
      s.values.forEach((v, i) => {
        if (v === null) {
          pen = "M";
          return;
        }
        d += `${pen}${px(x[i]!).toFixed(1)},${py(v).toFixed(1)}`;
        pen = "L";
      });
      return `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="1.5"/>`;
    })
    .join("");
  const legend = series
    .map((s) => `<span class="key"><i style="background:${s.color}"></i>${escapeHtml(s.name)}</span>`)
    .join(" ");
  return `<figure><figcaption>${escapeHtml(title)} <small>(${escapeHtml(unit)})</small> ${legend}</figcaption><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label="${escapeHtml(title)}">${grid}${xLabels}${paths}</svg></figure>`;
}

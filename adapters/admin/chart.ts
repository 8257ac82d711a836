import { escapeHtml, html, raw, type SafeHtml } from './html.js';

/** One series of a chart: its values by label, and the CSS class that colours it. */
export interface Series {
  name: string;
  className: string;
  values: readonly number[];
}

const W = 640;
const H = 180;
const PAD = { left: 36, right: 8, top: 10, bottom: 22 };
const f = (x: number) => Math.round(x * 10) / 10;

/** A round top for the axis: 1, 2 or 5 times a power of ten, at least `max`. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((top) => top >= max)!;
}

/** The axis, its top value and every few labels, shared by both charts. */
function frame(labels: readonly string[], top: number, unit: string): string {
  const every = Math.max(1, Math.ceil(labels.length / 8));
  const step = (W - PAD.left - PAD.right) / Math.max(1, labels.length);
  const ticks = labels
    .map((label, i) =>
      i % every === 0
        ? `<text x="${f(PAD.left + step * (i + 0.5))}" y="${H - 6}" text-anchor="middle">${escapeHtml(label.slice(5))}</text>`
        : '',
    )
    .join('');
  return `<line class="axis" x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}"/>
<text x="${PAD.left - 4}" y="${PAD.top + 8}" text-anchor="end">${top}${unit}</text><text x="${PAD.left - 4}" y="${H - PAD.bottom}" text-anchor="end">0</text>${ticks}`;
}

const legend = (series: readonly Series[]) =>
  html`<div class="legend">${series.map((s) => html`<span><i class="sw ${s.className}"></i>${s.name}</span>`)}</div>`;

/**
 * Bars per label, stacked (platforms) or side by side (👍 and 👎), drawn on the server as SVG:
 * no chart library, no script. Labels are dates (YYYY-MM-DD); numbers are all the SVG holds.
 */
export function barChart(title: string, labels: readonly string[], series: readonly Series[], stacked: boolean): SafeHtml {
  const totals = labels.map((_, i) =>
    stacked ? series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0) : Math.max(0, ...series.map((s) => s.values[i] ?? 0)),
  );
  const top = niceMax(Math.max(0, ...totals));
  const plotH = H - PAD.top - PAD.bottom;
  const step = (W - PAD.left - PAD.right) / Math.max(1, labels.length);
  const barW = Math.max(1, step * 0.75);
  const bars: string[] = [];
  labels.forEach((label, i) => {
    let base = 0;
    series.forEach((s, k) => {
      const value = s.values[i] ?? 0;
      if (value <= 0) return;
      const h = (value / top) * plotH;
      const width = stacked ? barW : barW / series.length;
      const x = PAD.left + step * i + (step - barW) / 2 + (stacked ? 0 : k * width);
      const y = H - PAD.bottom - (stacked ? base : 0) - h;
      bars.push(
        `<rect class="${s.className}" x="${f(x)}" y="${f(y)}" width="${f(width)}" height="${f(h)}"><title>${escapeHtml(`${label} ${s.name}: ${value}`)}</title></rect>`,
      );
      if (stacked) base += h;
    });
  });
  return html`<figure><figcaption>${title}</figcaption>${legend(series)}
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}">${raw(frame(labels, top, ''))}${raw(bars.join(''))}</svg></figure>`;
}

/** A line of shares (0–1) per label; a label with no value leaves a gap. */
export function shareChart(title: string, labels: readonly string[], shares: readonly (number | null)[]): SafeHtml {
  const plotH = H - PAD.top - PAD.bottom;
  const step = (W - PAD.left - PAD.right) / Math.max(1, labels.length);
  const points = shares.map((share, i) =>
    share === null ? null : `${f(PAD.left + step * (i + 0.5))},${f(H - PAD.bottom - share * plotH)}`,
  );
  const runs: string[][] = [[]];
  for (const point of points) {
    if (point === null) runs.push([]);
    else runs[runs.length - 1]!.push(point);
  }
  const lines = runs
    .filter((run) => run.length > 0)
    .map((run) =>
      run.length === 1
        ? `<circle class="up" cx="${run[0]!.split(',')[0]}" cy="${run[0]!.split(',')[1]}" r="2.5"/>`
        : `<polyline class="line" points="${run.join(' ')}"/>`,
    )
    .join('');
  return html`<figure><figcaption>${title}</figcaption>
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}">${raw(frame(labels, 100, '%'))}${raw(lines)}</svg></figure>`;
}

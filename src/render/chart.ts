// The comment's picture of traced memory over the traced iterations: a mermaid
// chart GitHub draws, and text sparklines for where it is not drawn. Pure.

import type { Report } from '../schema.js';

/** Traced bytes gained since the window started, resampled to `points` values, in KiB. */
export function windowGrowth(report: Report, points = 20): number[] {
  const v = report.tracedMemory.values;
  if (v.length < 2) return [];
  const out: number[] = [];
  for (let i = 0; i < points; i++) {
    const at = Math.round((i * (v.length - 1)) / (points - 1));
    out.push(Math.round(((v[at]! - v[0]!) / 1024) * 10) / 10);
  }
  return out;
}

const BARS = '▁▂▃▄▅▆▇█';
/** The least height of the chart and the sparklines, in KiB. */
const CHART_KIB = 8;

/** Bars for `values`, on the scale from `lo` to `hi` (by default their own): two series drawn side by side share one. */
export function sparkline(values: number[], lo = Math.min(...values), hi = Math.max(...values)): string {
  if (!values.length) return '';
  return values.map((v) => BARS[hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))]).join('');
}

/** The traced iterations a chart spans: "183-218". */
function span(report: Report): string {
  const xs = report.tracedMemory.iterations;
  return `${xs[0]}-${xs[xs.length - 1]}`;
}

/** The traced memory of this run (and the baseline's) as a mermaid chart and text sparklines on one scale. */
export function chart(report: Report, baseline?: Report): string[] {
  const head = windowGrowth(report);
  if (!head.length) return [];
  const base = baseline ? windowGrowth(baseline) : [];
  const all = [...head, ...base];
  const chartLines = [
    '```mermaid',
    'xychart-beta',
    `  title "Memory gained over iterations ${span(report)}${baseline && base.length ? ` (the baseline's: ${span(baseline)})` : ''}, KiB"`,
    '  x-axis "% of those iterations" 0 --> 100',
    // At least CHART_KIB high: a clean run's few hundred bytes of churn would otherwise fill the chart like a leak.
    `  y-axis "KiB" ${Math.min(0, ...all)} --> ${Math.max(CHART_KIB, ...all)}`,
    `  line [${head.join(', ')}]`,
  ];
  if (base.length) chartLines.push(`  line [${base.join(', ')}]`);
  chartLines.push('```');
  chartLines.push('');
  const lo = Math.min(0, ...all);
  const hi = Math.max(lo + CHART_KIB, ...all);
  chartLines.push(
    base.length
      ? `This PR ${sparkline(head, lo, hi)} · baseline ${sparkline(base, lo, hi)} (one scale; first line: this PR, second: the baseline)`
      : `This PR ${sparkline(head, lo, hi)}`,
  );
  return chartLines;
}

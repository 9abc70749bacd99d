// The report as the terminal shows it. Pure: returns text.

import type { Comparison } from '../compare.js';
import { formatBytes } from '../format.js';
import { isLeak, type Finding, type Report } from '../schema.js';
import { confirmationSentence, keptAlive, libraryOf, pilesUp, splitByOwner } from './sections.js';

function pad(text: string, width: number, right = false): string {
  if (text.length > width) text = text.slice(0, width - 1) + '…';
  return right ? text.padStart(width) : text.padEnd(width);
}

/** A cell as one terminal line: a tab or a control character in a source line would break the columns or drive the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}

function table(header: string[], cells: string[][], rightAligned: number[]): string[] {
  const rows = cells.map((r) => r.map(printable));
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]): string =>
    '  ' +
    cells
      .map((c, i) => pad(c, widths[i]!, rightAligned.includes(i)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

const VERDICT_WORD = { pass: 'PASS', leak: 'LEAK', regression: 'REGRESSION', error: 'ERROR' } as const;

export function renderText(report: Report, comparison?: Comparison, notes: string[] = [], top = 10): string {
  const out: string[] = [];
  const w = report.workload;
  out.push(`leak-gate: ${VERDICT_WORD[report.verdict]} — ${report.summary}`);
  if (w.mode === 'whole') {
    out.push(`  ${w.target} run once as a whole script, Python ${w.python}, ${report.durationSeconds.toFixed(2)} s`);
  } else {
    out.push(
      `  ${w.target} → ${w.entry}(): ${w.iterations} iterations (${w.warmup} warm-up, the last ${w.iterations - w.firstTracedIteration} traced), Python ${w.python}, ${report.durationSeconds.toFixed(2)} s`,
    );
  }
  const leaking = report.findings.filter(isLeak);
  const { own, outside } = splitByOwner(report.findings);
  const unit = w.mode === 'whole' ? 'retained' : 'growth/iter';
  if (own.length) {
    out.push('');
    out.push(
      ...table(
        [unit, 'line', 'function', 'code'],
        own.slice(0, top).map((f) => [formatBytes(f.growthPerIteration, true), `${f.file}:${f.line}`, f.function, f.statement ?? f.code]),
        [0],
      ),
    );
    if (own.length > top) out.push(`  … and ${own.length - top} more leaking lines (see --json)`);
  }
  if (outside.length) {
    out.push('');
    out.push('  outside your code (no frame of yours on the traceback):');
    out.push(
      ...table(
        ['library', unit, 'line', 'function'],
        outside.slice(0, top).map((f) => [libraryOf(f.file), formatBytes(f.growthPerIteration, true), `${f.file}:${f.line}`, f.function]),
        [1],
      ).map((l) => `  ${l}`),
    );
    if (outside.length > top) out.push(`    … and ${outside.length - top} more (see --json)`);
  }
  out.push(...keptAliveLines(report, [...own.slice(0, top), ...outside.slice(0, top)]));
  if (!leaking.length) {
    // What looked like growth and why it is not a leak, so a pass can be checked at a glance.
    const dismissed = report.findings
      .filter((f) => f.kind === 'noise' && f.inProject && f.growthPerIteration >= report.thresholds.minGrowth)
      .slice(0, 5);
    if (dismissed.length) {
      out.push('');
      out.push('  grew in the traced window, but not leaks:');
      for (const f of dismissed) out.push(`    ${f.file}:${f.line} ${f.function}: ${f.why}`);
    }
    // Only growth is listed as growth.
    const settled = report.findings.filter((f) => f.kind === 'warmup' && f.inProject && f.netGrowth > 0).slice(0, 5);
    if (settled.length) {
      out.push('');
      // A whole script has no iterations to stop in: what it left is under the threshold.
      out.push(
        w.mode === 'whole'
          ? `  left behind, under the ${formatBytes(report.thresholds.minRetained)} a leak must leave (not leaks):`
          : '  grew, then stopped (not leaks):',
      );
      out.push(
        ...table(
          [w.mode === 'whole' ? 'left' : 'grew by', 'line', 'function', 'code'],
          settled.map((f) => [formatBytes(f.netGrowth, true), `${f.file}:${f.line}`, f.function, f.code]),
          [0],
        ),
      );
    }
  }
  const ignored = report.findings.filter((f) => f.ignored);
  if (ignored.length) {
    out.push('');
    out.push('  ignored (never fail the check):');
    for (const f of ignored.slice(0, top))
      out.push(`    ${printable(`${formatBytes(f.growthPerIteration, true)} ${f.file}:${f.line} ${f.function}`)}`);
    if (ignored.length > top) out.push(`    … and ${ignored.length - top} more (see --json)`);
  }
  const confirmation = confirmationSentence(report);
  if (confirmation) out.push('', `  ${confirmation}`);
  const leaks = leaking;
  if (leaks.length) {
    out.push('');
    out.push(
      `  total: ${formatBytes(report.growthPerIteration, true)} ${w.mode === 'whole' ? 'left behind' : 'per iteration'} over ${leaks.length} leaking line${leaks.length > 1 ? 's' : ''}`,
    );
    const tb = callers(leaks[0]!);
    if (tb) out.push(`  called from: ${tb}`);
  }
  if (comparison) {
    out.push('');
    out.push(
      `  against the baseline: ${formatBytes(comparison.headGrowth, true)} per iteration now, ${formatBytes(comparison.baseGrowth, true)} in the baseline`,
    );
    if (comparison.sites.length) {
      out.push(
        ...table(
          ['status', 'now', 'baseline', 'line', 'code'],
          comparison.sites
            .slice(0, top)
            .map((s) => [s.status, formatBytes(s.headGrowth, true), formatBytes(s.baseGrowth, true), `${s.file}:${s.line}`, s.code]),
          [1, 2],
        ),
      );
    }
  }
  for (const n of notes) out.push(`  note: ${n}`);
  return out.join('\n') + '\n';
}

/** What keeps each leaking line alive, and what piles up over all of them. */
function keptAliveLines(report: Report, leaks: readonly Finding[]): string[] {
  const said = leaks
    .map((f) => [f, keptAlive(f, report)] as const)
    .filter((pair): pair is readonly [Finding, NonNullable<ReturnType<typeof keptAlive>>] => pair[1] !== undefined);
  if (!said.length) return [];
  const out = ['', '  what keeps it alive:'];
  const width = Math.max(...said.map(([f]) => `${f.file}:${f.line}`.length));
  for (const [f, k] of said) {
    const text = k.path
      ? `kept alive by ${k.path} (${k.holds})${k.also.length ? `; also by ${k.also.join(', ')}` : ''}${k.piles ? `; piling up: ${k.piles}` : ''}`
      : `${k.missing}${k.piles ? ` (${k.piles})` : ''}`;
    out.push(`    ${printable(`${f.file}:${f.line}`.padEnd(width))}  ${printable(text)}`);
  }
  const search = report.retainerSearch;
  const all = search ? pilesUp(search.types, search.iterations, 5) : undefined;
  if (all && said.length > 1) out.push(`    over every leaking line: ${printable(all)}`);
  return out;
}

/** The user's frames that led to the largest leak, outermost first, as "file:line ← ..." */
function callers(f: Finding): string | undefined {
  // One place once: a whole script's module line is both its frame and the line.
  const frames = f.traceback
    .filter((t) => !t.file.startsWith('/') && !t.file.startsWith('<'))
    .filter((t, i, all) => i === 0 || t.file !== all[i - 1]!.file || t.line !== all[i - 1]!.line);
  if (frames.length < 2) return undefined;
  return frames
    .slice(-4)
    .map((t) => `${t.file}:${t.line}`)
    .join(' → ');
}

export function renderError(report: Report): string {
  const e = report.error;
  const lines = [`leak-gate: error: ${e?.message ?? report.summary}`];
  if (e?.detail)
    lines.push(
      ...e.detail
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  return lines.join('\n') + '\n';
}

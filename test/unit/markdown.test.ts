// The comment body, rendered by cmark-gfm (GitHub's Markdown implementation):
// assertions are on the HTML a reader gets.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/compare.js';
import { commentMarker } from '../../src/github/comment.js';
import { keptAlive, pilesUp } from '../../src/render/sections.js';
import { sparkline } from '../../src/render/chart.js';
import { COMMENT_LIMIT, lineUrl, renderMarkdown, type MarkdownInput } from '../../src/render/markdown.js';
import { judge } from '../../src/gate/verdict.js';
import type { ProbeResult } from '../../src/schema.js';
import { analysed, DEFAULT_JUDGING, growing, probeResult, site } from './synthetic.js';

function html(markdown: string): string {
  try {
    execFileSync('cmark-gfm', ['--version']);
  } catch {
    throw new Error('these tests render Markdown with cmark-gfm: install it (apt-get install cmark-gfm)');
  }
  return execFileSync('cmark-gfm', ['--unsafe', '--extension', 'table', '--extension', 'autolink', '--extension', 'strikethrough'], {
    input: markdown,
    encoding: 'utf8',
  });
}

const links = { serverUrl: 'https://github.com', owner: 'acme', repo: 'shop', sha: 'a'.repeat(40) };
const hostile = {
  file: 'app/x|y <img src=x onerror=alert(1)>.py',
  function: '@octocat [click](https://evil.example) </code><script>',
  code: 'cache[k] = v | <b>bold</b> ![img](https://evil.example/p.png) @here',
};

function input(overrides: Partial<MarkdownInput> = {}): MarkdownInput {
  const base = analysed(probeResult([site(12, growing(100), { file: 'app/cache.py', code: 'cache[k] = v' })]));
  const head = analysed(
    probeResult(
      [
        site(12, growing(100), { file: 'app/cache.py', code: 'cache[k] = v' }),
        site(40, growing(300), { ...hostile, traceback: [{ file: hostile.file, line: 40, code: hostile.code }] }),
      ],
      { tracedMemory: { iterations: [1, 2, 3, 4], values: [0, 4096, 8192, 12288] } },
    ),
  );
  return {
    report: { ...head, verdict: 'regression' },
    baseline: base,
    comparison: compareReports(base, head),
    links,
    baselineRun: { id: 77, url: 'https://github.com/acme/shop/actions/runs/77' },
    notes: ['a note with <b>html</b> and @someone'],
    command: 'npx leak-gate run app/workload.py --iterations 200',
    marker: commentMarker('app/workload.py', 'workload'),
    limit: COMMENT_LIMIT,
    ...overrides,
  };
}

describe('the PR comment', () => {
  it('leads with the verdict and growth against the baseline, with a table of lines linked at the head commit', () => {
    const body = renderMarkdown(input());
    expect(body.startsWith('<!-- leak-gate:app/workload.py:workload -->\n### 🔴 Leak regression against the baseline')).toBe(true);
    const out = html(body);
    expect(out).toContain('<table>');
    const rows = out.split('<tbody>')[1]!.split('</tbody>')[0]!.match(/<tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    expect(out).toContain('href="https://github.com/acme/shop/blob/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/app/cache.py#L12"');
    expect(out).toMatch(/🆕 new/);
    expect(out).toMatch(/unchanged/);
    expect(out).toContain('<a href="https://github.com/acme/shop/actions/runs/77">baseline run</a>');
    expect(out).toContain('<pre>npx leak-gate run app/workload.py --iterations 200</pre>');
    expect(body).toContain('```mermaid\nxychart-beta');
    expect(out).toContain('<details><summary>Tracebacks of the leaking lines</summary>');
  });

  it('shows names from the code under test as text: no HTML, links, images or mentions, and the table holds', () => {
    const out = html(renderMarkdown(input()));
    expect(out).not.toMatch(/<img|<script|<b>bold|href="https:\/\/evil/);
    expect(out).not.toMatch(/<a [^>]*>@/);
    // The hostile file name is one cell: the row has as many cells as the header.
    const row = out.split('\n').find((l) => l.includes('onerror'))!;
    expect(row).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const table = out.split('<tbody>')[1]!.split('</tbody>')[0]!;
    for (const tr of table.split('</tr>').filter((t) => t.includes('<td'))) expect(tr.match(/<td/g)).toHaveLength(6);
    // Mentions stay inside code, where GitHub does not resolve them.
    expect(out).toContain('<code>@octocat [click](https://evil.example) &lt;/code&gt;&lt;script&gt;</code>');
  });

  it('stays under the limit by dropping tracebacks, then the least important rows, and says so', () => {
    const many = Array.from({ length: 300 }, (_, i) => site(100 + i, growing(50 + i), { file: `app/m${i}.py`, code: 'x'.repeat(150) }));
    const report = analysed(probeResult(many));
    const body = renderMarkdown({ ...input(), report, baseline: undefined, comparison: undefined, limit: 20_000 });
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).toMatch(/\d+ more lines not shown/);
    expect(body).not.toContain('Tracebacks of');
    // The most important (largest) rows are the ones kept.
    expect(body).toContain('app/m299.py');
  });

  it('shows the ten most important of many lines, folds the rest grouped by file with a count, and says which tracebacks it shows', () => {
    // 40 leaking lines in 10 files, the larger growth in the later files.
    const many = Array.from({ length: 40 }, (_, i) => site(10 + i, growing(40 + i * 5), { file: `app/f${i % 10}.py` }));
    const body = renderMarkdown({ ...input(), report: analysed(probeResult(many)), baseline: undefined, comparison: undefined });
    const [top, rest] = body.split('<details><summary>30 lines more, in 10 files</summary>');
    expect(rest).toBeDefined();
    expect(top!.match(/^\| (?:<a [^>]*>)?<code>app\/f\d\.py/gm)).toHaveLength(10);
    const folded = [...rest!.split('</details>')[0]!.matchAll(/^\| (?:<a [^>]*>)?<code>(app\/f\d\.py)/gm)].map((m) => m[1]!);
    expect(folded).toHaveLength(30);
    // Grouped: each file's rows together.
    expect(folded.filter((f, i) => i > 0 && f !== folded[i - 1]).length).toBe(new Set(folded).size - 1);
    expect(body).toContain('<summary>Tracebacks of the first 10 of 40 leaking lines</summary>');
  });

  it('links only paths inside the repository', () => {
    expect(lineUrl(links, '/usr/lib/python3.12/logging/__init__.py', 3)).toBeUndefined();
    expect(lineUrl(links, '../secret.py', 3)).toBeUndefined();
    expect(lineUrl({ ...links, pathPrefix: 'svc' }, 'a b.py', 3)).toBe(
      `https://github.com/acme/shop/blob/${'a'.repeat(40)}/svc/a%20b.py#L3`,
    );
  });

  it('draws a text sparkline where mermaid is not drawn, the baseline on the same scale as the PR', () => {
    expect(sparkline([0, 1, 2, 3])).toBe('▁▃▆█');
    expect(sparkline([0, 1, 2, 3], 0, 6)).toBe('▁▂▃▅');
    const memory = (perIteration: number) => ({ iterations: [1, 2, 3, 4], values: [0, 1, 2, 3].map((i) => i * perIteration) });
    const report = { ...input().report, tracedMemory: memory(4096) };
    const body = renderMarkdown(input({ report, baseline: { ...input().baseline!, tracedMemory: memory(2048) } }));
    expect(body).toMatch(/This PR ▁+▃+▆+█+ · baseline ▁+▂+▃+▅+ \(one scale/);
    // Iterations, not jargon: which ones the lines span.
    expect(body).toContain(
      `title "Memory gained over iterations 1-4 (the baseline's: 1-4), KiB"\n  x-axis "% of those iterations" 0 --> 100`,
    );
    expect(renderMarkdown(input())).toContain('title "Memory gained over iterations 1-4, KiB"');
  });

  it("draws a clean run's few hundred bytes of churn low, not like a leak, and starts its sentence with a capital", () => {
    const report = analysed(
      probeResult([site(12, [0, 10, 0, 10, 0, 10, 0])], { tracedMemory: { iterations: [1, 2, 3, 4], values: [0, 200, 500, 700] } }),
    );
    const body = renderMarkdown(input({ report, baseline: undefined, comparison: undefined, baselineRun: undefined }));
    expect(body).toMatch(/This PR [▁▂]+\n/);
    expect(body).toContain('y-axis "KiB" 0 --> 8');
    expect(body).toContain('**0 B per iteration**. No leak&#58; no line grew steadily');
  });

  it('for a reviewer: the leaking file in the heading, the impact in a unit people feel, no sentence said twice, no empty column', () => {
    const report = analysed(probeResult([site(12, growing(418), { file: 'app/cache.py', code: 'cache[k] = v' })]));
    const body = renderMarkdown(input({ report, baseline: undefined, comparison: undefined, baselineRun: undefined }));
    expect(body).toContain('### 🔴 Memory leak — <code>app/cache.py</code>');
    expect(body).toContain('<sub>Workload <code>app.py</code> · ');
    expect(body).toContain('**+418 B per iteration** (≈ 39.9 MiB per 100,000 iterations). 1 line leaking; fix ');
    expect(body.match(/418 B/g)).toHaveLength(2); // the headline, and the line's row
    // Without a baseline, no status column that would say 'leak' on every row.
    expect(body).toContain('| line | function | code | growth/iter |\n|---|---|---|---|\n');
    expect(body).not.toContain('vs baseline');
    expect(body).not.toContain('first line: this PR');
    const small = analysed(probeResult([site(12, growing(40), { file: 'app/cache.py' })]));
    expect(renderMarkdown(input({ report: small, baseline: undefined, comparison: undefined }))).toContain(
      '(≈ 38.1 MiB per 1,000,000 iterations)',
    );
  });

  it('lists the ignored lines, linked, as text, outside the table of lines that count', () => {
    const report = judge(
      analysed(probeResult([site(12, growing(100), { file: 'app/cache.py' }), site(40, growing(300), { file: 'vendor/x.py' })])),
      undefined,
      { ...DEFAULT_JUDGING, ignore: ['vendor/**'] },
    ).report;
    const out = html(renderMarkdown({ ...input(), report, comparison: undefined, baseline: undefined }));
    const table = out.split('<tbody>')[1]!.split('</tbody>')[0]!;
    expect(table).toContain('app/cache.py');
    expect(table).not.toContain('vendor/x.py');
    expect(out).toMatch(
      /<p>Ignored, never failing the check: <a href="https:\/\/github\.com\/acme\/shop\/blob\/a+\/vendor\/x\.py#L40"><code>vendor\/x\.py:40<\/code><\/a> \+300 B\.<\/p>/,
    );
  });

  it('says, on a pass, what grew in the traced window and why it is no leak', () => {
    const grew = analysed(probeResult([site(24, growing(100), { file: 'app/cache.py', function: 'price' })]));
    const why = "made 3.5 new blocks per iteration, but the process's live blocks did not grow: they replaced older ones";
    const report = { ...grew, verdict: 'pass' as const, findings: grew.findings.map((f) => ({ ...f, kind: 'noise' as const, why })) };
    const out = html(renderMarkdown({ ...input(), report, comparison: undefined, baseline: undefined, links: undefined }));
    expect(out).toContain('<strong>Grew in the traced window, but not leaks</strong>');
    expect(out).toContain(`<li><code>app/cache.py:24</code> <code>price</code>: ${why.replace(/'/g, "'")}</li>`);
  });

  it('says plainly why it could not measure', () => {
    const report = {
      ...analysed(probeResult([])),
      verdict: 'error' as const,
      error: { kind: 'timeout' as const, message: 'the workload did not finish within 5 s', detail: null },
    };
    const out = html(renderMarkdown({ ...input(), report, comparison: undefined, baseline: undefined }));
    expect(out).toContain('⚠️ Could not measure');
    expect(out).toContain('the workload did not finish within 5 s');
  });
});

describe('library files in the comment', () => {
  it("are shown from their import root's directory on, not the runner's absolute path", () => {
    const lib = '/home/runner/work/shop/shop/.venv/lib/python3.12/site-packages/flask/app.py';
    const std = '/opt/hostedtoolcache/Python/3.12.1/x64/lib/python3.12/json/decoder.py';
    const report = analysed(
      probeResult([
        site(9, growing(300), {
          file: 'shop/views.py',
          traceback: [
            { file: 'shop/work.py', line: 3, code: 'client.post("/")' },
            { file: lib, line: 1796, code: 'return view()' },
            { file: 'shop/views.py', line: 9, code: 'body = request.get_json()' },
            { file: std, line: 353, code: 'obj, end = self.scan_once(s, idx)' },
          ],
        }),
        site(80, growing(200), { file: lib, inProject: false, traceback: [{ file: lib, line: 80, code: 'x' }] }),
      ]),
    );
    const out = html(renderMarkdown({ ...input(), report, comparison: undefined, baseline: undefined }));
    expect(out).not.toContain('/home/runner');
    expect(out).not.toContain('hostedtoolcache');
    expect(out).toContain('  site-packages/flask/app.py:1796');
    expect(out).toContain('  python3.12/json/decoder.py:353');
    expect(out).toContain('<code>site-packages/flask/app.py:80</code>');
  });
});

describe('a run that could not measure', () => {
  it('says in its footer only what is known: no Python it never heard from, no iterations it never ran', () => {
    const clean = analysed(probeResult([]));
    const report = {
      ...clean,
      workload: { ...clean.workload, python: '' },
      verdict: 'error' as const,
      error: { kind: 'timeout' as const, message: 'the workload did not finish within 5 s', detail: null },
    };
    const out = html(renderMarkdown({ ...input(), report, comparison: undefined, baseline: undefined }));
    expect(out).toContain('⚠️ Could not measure');
    expect(out).toContain('<sub>Workload <code>app.py</code> · leak-gate');
    expect(out).not.toMatch(/Python \?|iterations \(/);
  });
});

describe('a statement over several lines', () => {
  it('is shown whole in the table, its first line still naming the site', () => {
    const report = analysed(
      probeResult([
        site(9, growing(300), {
          file: 'shop/orders.py',
          code: 'self._rows[order.order_id] = {',
          statement: 'self._rows[order.order_id] = { "id": order.order_id, "total": order.total, …',
        }),
      ]),
    );
    const out = html(renderMarkdown({ ...input(), report, comparison: undefined, baseline: undefined, links: undefined }));
    expect(out).toContain('<code>self._rows[order.order_id] = { &quot;id&quot;: order.order_id, &quot;total&quot;: order.total, …</code>');
  });
});

describe('what piles up', () => {
  it('counts bytes as objects, so that it does not read as a number of bytes', () => {
    expect(pilesUp({ bytes: 40, str: 20 }, 40)).toBe('+1 bytes object, +0.5 str per iteration');
    expect(pilesUp({ bytes: 80 }, 40)).toBe('+2 bytes objects per iteration');
    // Under 0.1 per iteration is not piling up.
    expect(pilesUp({ str: 160, int: 1 }, 40)).toBe('+4 str per iteration');
    expect(pilesUp({ int: 1 }, 40)).toBeUndefined();
  });
});

describe('what keeps it alive, in the comment', () => {
  const search = (lines: object[]): ProbeResult['retainerSearch'] =>
    ({
      seconds: 0.05,
      budgetSeconds: 1,
      cutShort: false,
      iterations: 80,
      searchedLines: lines.length,
      lines,
    }) as ProbeResult['retainerSearch'];
  const retainer = (path: string | null, extra: object = {}) => ({
    path,
    root: 'module global',
    container: 'dict',
    objects: 80,
    types: { 'service.Response': 80 },
    ...extra,
  });
  const withSearch = (retainerSearch: ProbeResult['retainerSearch']): MarkdownInput => {
    const report = analysed(
      probeResult(
        [
          site(12, growing(300), { file: 'service.py', code: '_recent[key] = Response(body)' }),
          site(30, growing(100), { file: 'service.py', code: 'buffer.extend(chunk)' }),
        ],
        { retainerSearch },
      ),
    );
    return { ...input(), report, comparison: undefined, baseline: undefined, baselineRun: undefined, links: undefined };
  };

  it('names the container next to the first line to fix and beside every leaking line, with what piles up', () => {
    const body = renderMarkdown(
      withSearch(
        search([
          {
            file: 'service.py',
            line: 12,
            objects: 160,
            types: { 'service.Response': 80, str: 80 },
            retainers: [retainer('service._recent[…]')],
          },
          { file: 'service.py', line: 30, objects: 0, types: {}, retainers: [] },
        ]),
      ),
    );
    const out = html(body);
    expect(out).toContain(
      'fix <code>service.py:12</code> first: kept alive by <code>service._recent[…]</code> (dict, +1 entry per iteration).',
    );
    expect(out).toContain('<strong>What keeps it alive</strong>');
    expect(out).toMatch(
      /<li><code>service.py:12<\/code> kept alive by <code>service._recent\[…\]<\/code> \(dict, \+1 entry per iteration\); piling up: \+1 service.Response, \+1 str per iteration<\/li>/,
    );
    expect(out).toMatch(/<li><code>service.py:30<\/code> no object made at this line was found alive/);
    expect(out).toContain('Over every leaking line: +1 service.Response, +1 str per iteration.');
  });

  it('shows a path from the code under test as text, and says when none was reached', () => {
    const hostilePath = "logging.getLogger('<img src=x onerror=alert(1)> @here').handlers[…]";
    const out = html(
      renderMarkdown(
        withSearch(
          search([
            {
              file: 'service.py',
              line: 12,
              objects: 80,
              types: { dict: 80 },
              retainers: [retainer(hostilePath, { root: 'logger', container: 'list' })],
            },
            {
              file: 'service.py',
              line: 30,
              objects: 80,
              types: { dict: 80 },
              retainers: [retainer(null, { root: 'unreached', container: null })],
            },
          ]),
        ),
      ),
    );
    expect(out).not.toMatch(/<img|<a [^>]*>@/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toMatch(/service.py:30<\/code> its objects are alive, but no walk back through their referrers reached a module/);
  });

  it("names the container whose storage a line grows, when another line's objects were found in it", () => {
    const storageOf = (code: string, file = 'service.py', path = 'service._recent[…]', root = 'module global'): string | undefined => {
      const report = analysed(
        probeResult([site(12, growing(300), { file: 'service.py', code: 'body = render(n)' }), site(30, growing(100), { file, code })], {
          retainerSearch: search([
            { file: 'service.py', line: 12, objects: 80, types: { str: 80 }, retainers: [retainer(path, { root, container: 'list' })] },
            { file, line: 30, objects: 0, types: {}, retainers: [] },
          ]),
        }),
      );
      const k = keptAlive(
        report.findings.find((f) => f.line === 30)!,
        report,
      )!;
      return k.path && `${k.path} (${k.holds})`;
    };
    expect(storageOf('_recent.append(body)')).toBe("service._recent (the list's own storage, growing as it fills)");
    expect(storageOf('self._recent.extend(bodies)')).toBe("service._recent (the list's own storage, growing as it fills)");
    expect(storageOf('_recent[n] = body')).toBe("service._recent (the list's own storage, growing as it fills)");
    expect(storageOf('Pool._all.append(self)', 'service.py', 'service.Pool._all[…]', 'class attribute')).toBe(
      "service.Pool._all (the list's own storage, growing as it fills)",
    );
    // Not that container: another name, a comparison, another module's list of the same name.
    expect(storageOf('_recent_old.append(body)')).toBeUndefined();
    expect(storageOf('if _recent[0] == body: pass')).toBeUndefined();
    expect(storageOf('_recent.append(body)', 'jobs/queue.py')).toBeUndefined();
  });

  it("says an object's attribute holds them, not that they are of the holder's type", () => {
    const report = analysed(
      probeResult([site(12, growing(300), { file: 'service.py', code: 'self.scratch = bytearray(4096)' })], {
        retainerSearch: search([
          {
            file: 'service.py',
            line: 12,
            objects: 80,
            types: { bytearray: 80 },
            retainers: [retainer('service.Session._registry[…].scratch', { root: 'class attribute', container: 'service.Session' })],
          },
        ]),
      }),
    );
    const k = keptAlive(report.findings[0]!, report)!;
    expect(k.holds).toBe('an attribute of service.Session objects, +1 object per iteration');
  });

  it('says nothing of retainers when none were searched', () => {
    const out = html(renderMarkdown(withSearch(undefined)));
    expect(out).not.toContain('kept alive');
    expect(out).not.toContain('What keeps it alive');
  });
});

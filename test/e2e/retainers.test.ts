// What keeps a leak alive, end to end: each workload leaks into a container
// of a different kind, and the report must name that container, on every
// Python the probe supports.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ALL_PYTHONS = ['3.9.18', '3.10.13', '3.11.7', '3.12.1', '3.13.0'];

interface Expected {
  /** The leaking line, by the marker comment on it. */
  marker: string;
  path: string;
  root: string;
}

/** Each fixture in test/fixtures/retainers, with the container its leak must name. */
const CASES: Array<[string, Expected[]]> = [
  ['module_list', [{ marker: 'leaks: a Record', path: 'module_list._seen[…]', root: 'module global' }]],
  ['dict_cache', [{ marker: 'leaks: a row set', path: 'dict_cache._cache[…]', root: 'module global' }]],
  ['class_registry', [{ marker: 'leaks: a Connection', path: 'class_registry.Connection._all[…]', root: 'class attribute' }]],
  [
    'event_bus',
    [
      { marker: 'leaks: the closure', path: 'event_bus.bus._handlers[…]', root: 'module global' },
      { marker: 'leaks: the payload', path: 'event_bus.bus._handlers[…].__closure__[0].cell_contents', root: 'module global' },
    ],
  ],
  ['logger_handlers', [{ marker: 'leaks: a handler', path: "logging.getLogger('jobs').handlers[…]", root: 'logger' }]],
  ['lru_profile', [{ marker: 'leaks: a profile', path: 'lru_profile.lookup_profile', root: 'lru_cache' }]],
  ['mutable_default', [{ marker: 'leaks: an item', path: 'mutable_default.remember.__defaults__[0][…]', root: 'default argument' }]],
  ['kept_exceptions', [{ marker: 'leaks: an exception', path: 'kept_exceptions._errors[…]', root: 'module global' }]],
  ['registry_filler', [{ marker: 'leaks: an item', path: 'shared_registry.ITEMS[…]', root: 'module global' }]],
  ['plain_strings', [{ marker: 'leaks: a string', path: 'plain_strings._names[…]', root: 'module global' }]],
];

interface Retainer {
  path: string | null;
  root: string;
  container: string | null;
  objects: number;
  types: Record<string, number>;
}
interface Finding {
  kind: string;
  file: string;
  line: number;
  code: string;
  kept?: { objects: number; types: Record<string, number> };
  retainers?: Retainer[];
}

async function measured(
  fixture: string,
  python: string,
): Promise<{ stdout: string; findings: Finding[]; search: Record<string, unknown> }> {
  const json = path.join(mkdtempSync(path.join(tmpdir(), 'leak-gate-retainers-')), 'report.json');
  const r = await runCli(['run', `test/fixtures/retainers/${fixture}.py`, '--json', json], { python });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  return { stdout: r.stdout, findings: report.findings, search: report.retainerSearch };
}

describe.each(ALL_PYTHONS)('what keeps a leak alive, on Python %s', (python) => {
  it.each(CASES)('%s: names the container, its root and what piles up', async (fixture, expected) => {
    const { stdout, findings, search } = await measured(fixture, python);
    expect(search).toMatchObject({ cutShort: false, iterations: 80 });
    for (const e of expected) {
      const f = findings.find((x) => x.kind === 'leak' && x.code.includes(e.marker));
      expect(f, `${e.marker} leaks`).toBeDefined();
      expect(f!.retainers![0]).toMatchObject({ path: e.path, root: e.root });
      // Every iteration adds one: 80 traced iterations searched.
      expect(f!.retainers![0]!.objects).toBeGreaterThanOrEqual(60);
      expect(f!.kept!.objects).toBeGreaterThanOrEqual(f!.retainers![0]!.objects);
      expect(stdout).toContain(`${f!.file}:${f!.line}`);
      expect(stdout).toContain(`kept alive by ${e.path} (`);
    }
  });

  it('says when no Python object holds the memory: a bytearray grown in place', async () => {
    const { stdout, findings } = await measured('buffer_growth', python);
    const f = findings.find((x) => x.kind === 'leak' && x.code.includes('leaks: the buffer'))!;
    expect(f.kept).toEqual({ objects: 0, heads: 0, types: {} });
    expect(f.retainers).toEqual([]);
    expect(stdout).toMatch(/buffer_growth\.py:6 +no object made at this line was found alive/);
    expect(stdout).not.toContain('kept alive by');
  });
});

describe.each(ALL_PYTHONS)('a line that grows a container of its own storage, on Python %s', (python) => {
  it('names the container another line keeps its objects in', async () => {
    const { stdout, findings } = await measured('append_elsewhere', python);
    const storage = findings.find((x) => x.kind === 'leak' && x.code.includes("leaks: the list's storage"))!;
    expect(storage.kept).toEqual({ objects: 0, heads: 0, types: {} });
    const body = findings.find((x) => x.kind === 'leak' && x.code.includes('leaks: the body'))!;
    expect(body.retainers![0]).toMatchObject({ path: 'append_elsewhere._history[…]', container: 'list' });
    expect(stdout).toMatch(
      /append_elsewhere\.py:10 +kept alive by append_elsewhere\._history \(the list's own storage, growing as it fills\)\n/,
    );
    expect(stdout).not.toContain('no object made at this line');
  });
});

describe.each(ALL_PYTHONS)('holders that look bounded but grow, on Python %s', (python) => {
  it('still fails a list that a full lru_cache(maxsize=1) hands out and callers fill', async () => {
    const { findings } = await measured('lru_singleton', python);
    const f = findings.find((x) => x.kind === 'leak' && x.code.includes('leaks: an entry of the cached list'))!;
    expect(f.retainers![0]).toMatchObject({ path: 'lru_singleton.registry', root: 'lru_cache' });
    // Full at its one entry, but what it holds of the line is inside that entry: no bound given.
    expect(f.retainers![0]).not.toHaveProperty('bound');
  });

  it('still fails a global rebound to a longer string on every call', async () => {
    const { stdout, findings } = await measured('growing_string', python);
    const f = findings.find((x) => x.kind === 'leak' && x.code.includes('leaks: the longer string'))!;
    expect(f.retainers![0]).toMatchObject({ path: 'growing_string._log', container: 'module global' });
    expect(stdout).toContain('kept alive by growing_string._log (module global)');
  });
});

describe.each(ALL_PYTHONS)('holders looked at again after more iterations, on Python %s', (python) => {
  it('clears a dict cache trimmed to 64 beside a real leak, which comes first', async () => {
    const { stdout, findings } = await measured('cache_beside_leak', python);
    const leaks = findings.filter((x) => x.kind === 'leak');
    expect(leaks.map((x) => x.code.includes('leaks: the audit'))).toEqual([true]);
    expect(stdout).toMatch(/^leak-gate: LEAK — 1 line leaking .*; first: test\/fixtures\/retainers\/cache_beside_leak\.py:24\n/);
    const cache = findings.find((x) => x.code.includes('replaced: the cache evicts'))! as Finding & { why: string };
    expect(cache.kind).toBe('noise');
    expect(cache.why).toMatch(
      /held only by cache_beside_leak\._pages\[…\], which let go of \d+% of them within \d+ more iterations and did not grow/,
    );
  });

  it('still fails a dict whose values are replaced while a new key comes every call', async () => {
    const { findings } = await measured('last_seen', python);
    const f = findings.find((x) => x.kind === 'leak' && x.code.includes("leaks: a new user's entry"))!;
    expect(f.retainers![0]).toMatchObject({ path: 'last_seen._last_seen[…]', container: 'dict' });
  });
});

describe('what piles up', () => {
  it('counts the kept objects by type, per line and over every leaking line', async () => {
    const { stdout, findings, search } = await measured('module_list', '3.12.1');
    const f = findings.find((x) => x.code.includes('leaks: a Record'))!;
    expect(f.retainers![0]).toMatchObject({ container: 'list', types: { 'module_list.Record': 80 } });
    expect(stdout).toContain(
      'kept alive by module_list._seen[…] (list, +1 item per iteration); piling up: +1 module_list.Record per iteration',
    );
    expect(search.types).toMatchObject({ 'module_list.Record': 80, bytes: 80 });
    expect(stdout).toMatch(/over every leaking line: .*\+1 module_list\.Record/);
  });

  it('costs nothing on a clean run: no search, no field', async () => {
    const json = path.join(mkdtempSync(path.join(tmpdir(), 'leak-gate-retainers-')), 'report.json');
    const r = await runCli(['run', 'examples/clean_cache.py', '--json', json], { python: '3.12.1' });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).retainerSearch).toBeUndefined();
    expect(r.stdout).not.toContain('what keeps it alive');
  });
});

describe('a search that never returns', () => {
  it('is stopped at its limit, and the measurement is kept without it', async () => {
    const json = path.join(mkdtempSync(path.join(tmpdir(), 'leak-gate-retainers-')), 'report.json');
    const r = await runCli(['run', 'test/fixtures/retainers/module_list.py', '--json', json], {
      python: '3.12.1',
      env: { LEAK_GATE_TEST_SEARCH_HANGS: '1' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^leak-gate: LEAK — 2 lines leaking/);
    expect(r.stdout).toMatch(/note: what keeps the leaks alive is not shown: the search did not finish within \d+ s and was stopped/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.retainerSearch.skipped).toMatch(/did not finish/);
    expect(report.findings[0].retainers).toBeUndefined();
  });
});

describe('compare', () => {
  it('keeps what keeps a leak alive, from the report it was measured in', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leak-gate-retainers-'));
    const json = path.join(dir, 'head.json');
    await runCli(['run', 'test/fixtures/retainers/dict_cache.py', '--json', json], { python: '3.11.7' });
    const r = await runCli(['compare', json, json]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kept alive by dict_cache._cache[…] (dict, +1 entry per iteration)');
  });
});

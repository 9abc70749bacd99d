// Workloads on real frameworks nobody here wrote (Flask, SQLAlchemy, Jinja2,
// from Debian's packages for Debian's own python3), with the default
// settings a user starts with: the check must not go red on a full bounded
// cache, and must still go red on a real leak beside one. Their truth is
// checked without leak-gate by bench/frameworks/check_truth.py.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const DEBIAN_PYTHON = '/usr/bin/python3';
const CORPUS = path.join(ROOT, 'bench/frameworks');

interface Finding {
  kind: string;
  line: number;
  why: string;
  retainers?: { path: string | null; bound?: { entries: number; max: number } }[];
}

async function run(workload: string): Promise<{ code: number | null; stdout: string; findings: Finding[] }> {
  const json = path.join(mkdtempSync(path.join(tmpdir(), 'leak-gate-frameworks-')), 'report.json');
  const r = await runCli(['run', workload, '--python', DEBIAN_PYTHON, '--json', json], { cwd: CORPUS });
  expect(r.stderr).toBe('');
  return { code: r.code, stdout: r.stdout, findings: JSON.parse(readFileSync(json, 'utf8')).findings };
}

describe('real frameworks, default settings', () => {
  beforeAll(() => {
    try {
      execFileSync(DEBIAN_PYTHON, ['-c', 'import flask, sqlalchemy, jinja2']);
    } catch {
      throw new Error(
        'these tests run Flask, SQLAlchemy and Jinja2 from Debian: apt-get install python3-flask python3-sqlalchemy python3-jinja2',
      );
    }
  });

  it('passes a Flask shop whose full lru_cache evicts entries made before tracing', async () => {
    const r = await run('flask_sqlalchemy_price_labels.py');
    expect(r.stdout).toMatch(/^leak-gate: PASS — no leak: .*grew only into a full bounded cache/);
    expect(r.code).toBe(0);
    const held = r.findings.filter((f) => f.retainers && f.kind !== 'leak');
    expect(held.map((f) => f.line)).toContain(35); // price_label's return
    for (const f of held) {
      expect(f.why).toContain('flask_sqlalchemy_price_labels.price_label, an lru_cache full at its bound of 64 entries');
      expect(f.retainers![0]!.bound).toEqual({ entries: 64, max: 64 });
    }
  });

  it('still fails a Flask app that keeps every request, at its line, with its container', async () => {
    const r = await run('flask_audit_list.py');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^leak-gate: LEAK — .*; first: flask_audit_list\.py:14\n/);
    expect(r.stdout).toContain('kept alive by flask_audit_list._audit[…]');
  });
});

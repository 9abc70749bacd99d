// The probe's pure parts, tested with the standard library's unittest
// (test/probe/test_*.py) on every CPython leak-gate supports.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PYTHONS = ['3.9.18', '3.10.13', '3.11.7', '3.12.1', '3.13.0'];

// `python -m unittest discover`, saying first which Python runs it.
const RUN_UNITTEST = [
  'import sys, unittest',
  "sys.stderr.write('Python %d.%d.%d\\n' % sys.version_info[:3])",
  "unittest.main(module=None, argv=['unittest', 'discover', '-s', 'test/probe', '-t', 'test/probe'])",
].join('\n');

function unittest(python: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'python3',
      ['-c', RUN_UNITTEST],
      { cwd: ROOT, env: { ...process.env, PYENV_VERSION: python, PYTHONDONTWRITEBYTECODE: '1' }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('the probe, unit by unit (python -m unittest)', () => {
  it.each(PYTHONS)('passes on Python %s', async (python) => {
    const { code, output } = await unittest(python);
    // The whole unittest output when anything failed.
    expect(code, output).toBe(0);
    expect(output).toMatch(/^Ran [1-9]\d* tests/m);
    expect(output).toContain(`Python ${python}`);
  });
});

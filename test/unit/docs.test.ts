// The README's tables of inputs and outputs are the action's documentation:
// they must say what action.yml says, and the action's named inputs and
// outputs (the only names its code reads and sets) must be the same.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Input, Output } from '../../src/action/inputs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** First column (backticked) and second column of the table under a README heading. */
function table(heading: string): Map<string, string> {
  const text = readme.split(`### ${heading}\n`)[1]!.split('\n### ')[0]!.split('\n## ')[0]!;
  const rows = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\| `([a-z-]+)` \| (.*?) \|/.exec(line);
    if (m) rows.set(m[1]!, m[2]!);
  }
  return rows;
}

describe('README and action.yml', () => {
  it('list the same inputs, with the same defaults', () => {
    const documented = table('Inputs');
    expect([...documented.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, { default: def }] of Object.entries(action.inputs)) {
      if (def) expect(documented.get(name), `default of ${name}`).toContain(`\`${def}\``);
    }
  });

  it('list the same outputs', () => {
    expect([...table('Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('name the inputs and outputs the action reads and sets', () => {
    expect(Object.values(Input).sort()).toEqual(Object.keys(action.inputs).sort());
    expect(Object.values(Output).sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('run the committed bundle on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

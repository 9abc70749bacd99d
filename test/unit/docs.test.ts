// The README's tables of inputs and outputs are the action's documentation:
// they must say what action.yml says, and the action must read every input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const actionYml = readFileSync(path.join(root, 'action.yml'), 'utf8');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** Keys of a top-level section of action.yml and their defaults (a small reader for this one file's shape). */
function section(name: string): Map<string, string | undefined> {
  const lines = actionYml.split('\n');
  const start = lines.indexOf(`${name}:`);
  const out = new Map<string, string | undefined>();
  let current = '';
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const key = /^ {2}([a-z-]+):\s*$/.exec(line);
    if (key) {
      current = key[1]!;
      out.set(current, undefined);
      continue;
    }
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && current) out.set(current, def[1]!.replace(/^"(.*)"$/, '$1'));
  }
  return out;
}

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
    const inputs = section('inputs');
    const documented = table('Inputs');
    expect([...documented.keys()].sort()).toEqual([...inputs.keys()].sort());
    for (const [name, def] of inputs) {
      if (def) expect(documented.get(name), `default of ${name}`).toContain(`\`${def}\``);
    }
  });

  it('list the same outputs', () => {
    expect([...table('Outputs').keys()].sort()).toEqual([...section('outputs').keys()].sort());
  });

  it('every input is read by the action, and every output is set', () => {
    const source = readFileSync(path.join(root, 'src/action.ts'), 'utf8');
    for (const name of section('inputs').keys()) expect(source, `input ${name}`).toMatch(new RegExp(`['"]${name}['"]`));
    for (const name of section('outputs').keys()) expect(source, `output ${name}`).toContain(`setOutput('${name}'`);
  });
});

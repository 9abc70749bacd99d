import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptArgs } from '../../src/action/inputs.js';

describe('input args', () => {
  it('takes one argument a line, or one line split at spaces with quotes keeping theirs', () => {
    expect(scriptArgs('')).toEqual([]);
    expect(scriptArgs('--size 100')).toEqual(['--size', '100']);
    expect(scriptArgs(`--name "a b" 'c d'  e`)).toEqual(['--name', 'a b', 'c d', 'e']);
    expect(scriptArgs('--name="a b"')).toEqual(['--name=a b']);
    expect(scriptArgs('--size\n100 kB\n')).toEqual(['--size', '100 kB']);
    expect(scriptArgs('""')).toEqual(['']);
  });

  it('names the input when a quote is not closed', () => {
    expect(() => scriptArgs('--name "a b')).toThrow('input args has a quote that is not closed: "a b');
  });
});

describe("the README's fork relay", () => {
  it('names the measuring workflow by the name: it has', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const names = blocks.flatMap((b) => [...b.matchAll(/^name: (\S+)/gm)].map((m) => m[1]!));
    const relayed = blocks.flatMap((b) =>
      [...b.matchAll(/workflows: \[([^\]]*)\]/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim())),
    );
    expect(relayed.length).toBeGreaterThan(0);
    for (const name of relayed) expect(names).toContain(name);
  });
});

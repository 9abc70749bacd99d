// The layout's promises: no import circle among the sources (type-only
// imports included), and no source file over 400 lines.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.(ts|py)$/.test(f)).map((f) => path.join(src, f));

/** Relative imports and re-exports of a TypeScript file, as file paths. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '(\.[^']+)'/gm)].map((m) =>
    path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts')),
  );
}

describe('the sources', () => {
  it('import one another without a circle', () => {
    const graph = new Map(files.filter((f) => f.endsWith('.ts')).map((f) => [f, imports(f)]));
    const done = new Set<string>();
    const circles: string[] = [];
    const visit = (file: string, stack: string[]): void => {
      if (stack.includes(file)) {
        circles.push([...stack.slice(stack.indexOf(file)), file].map((f) => path.relative(src, f)).join(' → '));
        return;
      }
      if (done.has(file)) return;
      for (const next of graph.get(file) ?? []) visit(next, [...stack, file]);
      done.add(file);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('are files of at most 400 lines', () => {
    const long = files
      .map((f) => [path.relative(src, f), readFileSync(f, 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });
});

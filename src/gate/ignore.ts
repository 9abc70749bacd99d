// Ignore patterns: lines the user has decided not to gate on (a library's
// line nobody here can fix). They are still shown, as ignored, and never fail
// the check. Three forms, told apart by their shape:
//   path:line         one line:              app/cache.py:42
//   a path glob       files (* within a folder, ** across folders): vendor/**, */asyncio/*.py
//   module.function   a function by its module and qualified name: app.cache.Store.put
// Pure.

import { UsageError } from '../errors.js';
import type { Finding } from '../schema.js';

export type IgnoreRule = { kind: 'line'; file: string; line: number } | { kind: 'glob'; re: RegExp } | { kind: 'function'; name: string };

function globRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, none included.
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** The rules of the patterns as the user wrote them; `label` names the setting in messages (--ignore, input ignore). */
export function parseIgnore(patterns: readonly string[], label: string): IgnoreRule[] {
  return patterns.map((raw) => {
    const pattern = raw.trim();
    const line = /^(.+):(\d+)$/.exec(pattern);
    if (line) return { kind: 'line', file: line[1]!, line: Number(line[2]) };
    if (/[/*?]/.test(pattern) || pattern.endsWith('.py')) return { kind: 'glob', re: globRegExp(pattern) };
    if (/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_<>][A-Za-z0-9_<>]*)+$/.test(pattern)) return { kind: 'function', name: pattern };
    throw new UsageError(
      `${label} "${raw}" is not a pattern: use path:line (app/cache.py:42), a path glob (vendor/**) or module.function (app.cache.Store.put)`,
    );
  });
}

/** A library file's path below its import root (the last on the path: a virtualenv's site-packages sits below lib/pythonX.Y). */
export function belowImportRoot(file: string): string | undefined {
  return /^(?:.*\/)?(?:site-packages|dist-packages|lib\/python\d+\.\d+)\/(.*)$/.exec(file)?.[1];
}

/** The dotted module of a finding's file: relative paths as they are, library paths from their import root. */
export function moduleOf(file: string): string {
  const path = (belowImportRoot(file) ?? file).replace(/\.pyw?$/, '').replace(/\/__init__$/, '');
  return path.split('/').join('.');
}

export function isIgnored(f: Pick<Finding, 'file' | 'line' | 'function'>, rules: readonly IgnoreRule[]): boolean {
  return rules.some((r) =>
    r.kind === 'line'
      ? r.file === f.file && r.line === f.line
      : r.kind === 'glob'
        ? r.re.test(f.file)
        : r.name === `${moduleOf(f.file)}.${f.function}`,
  );
}

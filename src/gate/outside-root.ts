// Code of the user's that lies outside the working directory is not counted as
// theirs: run from a subdirectory, every allocation the project's modules make
// is charged to the workload's calling line. Said as a note, with what to do.

import path from 'node:path';
import type { Measurement } from '../schema.js';
import { belowImportRoot } from './ignore.js';

/** A note when leaking lines were reached through source files outside the working directory that are not installed libraries. */
export function outsideRootNote(m: Measurement, cwd: string): string | undefined {
  const folders = new Set<string>();
  for (const f of m.findings) {
    if (f.kind !== 'leak') continue;
    for (const frame of f.traceback) {
      const file = path.posix.normalize(frame.file); // sys.path entries like tests/../app
      if (!file.startsWith('/') || file.startsWith(cwd + '/') || belowImportRoot(file) || file.startsWith('<')) continue;
      folders.add(file.slice(0, file.lastIndexOf('/')));
    }
  }
  if (!folders.size) return undefined;
  const [first] = [...folders].sort();
  return `lines in ${first}${folders.size > 1 ? ` and ${folders.size - 1} more folders` : ''} are outside the working directory (${cwd}), so they count as library code and their memory is charged to your calling line: run from the project's root (the action's input working-directory) to see them`;
}

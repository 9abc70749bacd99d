// Annotations on the leaking lines, so they show in the pull request's diff.

import * as core from '@actions/core';
import path from 'node:path';
import { keptAlive } from '../render/sections.js';
import { isLeak, type Report } from '../schema.js';

/** GitHub shows 10 annotations of a kind per step. */
const MAX_ANNOTATIONS = 10;

/** A finding's path (relative to working-directory) as the repository's. */
export function repoPath(file: string, workingDirectory: string): string {
  return workingDirectory && workingDirectory !== '.' ? path.posix.join(workingDirectory.split(path.sep).join('/'), file) : file;
}

/** The most important leaks: errors when the check fails, warnings when it does not. */
export function annotate(report: Report, failing: boolean, workingDirectory: string): void {
  const leaks = report.findings.filter((f) => isLeak(f) && f.inProject).slice(0, MAX_ANNOTATIONS);
  for (const f of leaks) {
    const k = keptAlive(f, report);
    const kept = k?.path ? ` Kept alive by ${k.path} (${k.holds}).` : '';
    const message = `${f.why}.${kept} Function ${f.function}: ${f.code}`;
    const props = {
      file: repoPath(f.file, workingDirectory),
      startLine: f.line,
      title: `Memory leak: +${Math.round(f.growthPerIteration)} B per iteration`,
    };
    if (failing) core.error(message, props);
    else core.warning(message, props);
  }
}

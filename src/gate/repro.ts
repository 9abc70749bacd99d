// The local command that measures what a run measured: shown in the PR comment.

import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { DEFAULTS, type Settings } from './settings.js';

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function localCommand(s: Settings): string {
  // The exact version: a later release may measure differently.
  const parts = [`npx ${TOOL_NAME}@${TOOL_VERSION} run`, shellQuote(s.target), '--iterations', String(s.iterations)];
  if (s.entryExplicit) parts.push('--entry', s.entry);
  if (s.warmup !== undefined) parts.push('--warmup', String(s.warmup));
  if (s.minGrowth !== DEFAULTS.minGrowth) parts.push('--min-growth', String(s.minGrowth));
  for (const pattern of s.ignore) parts.push('--ignore', shellQuote(pattern));
  if (s.args.length) parts.push('--', ...s.args.map(shellQuote));
  return parts.join(' ');
}

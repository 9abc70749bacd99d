// What both renderings say in the same words: how leaks were confirmed, and
// which leaking lines lie outside the user's code. Pure.

import { belowImportRoot, moduleOf } from '../gate/ignore.js';
import { isLeak, type Finding, type Report } from '../schema.js';

const span = (xs: readonly number[]): string => `iterations ${xs[0]! + 1}-${xs[xs.length - 1]!}`;

/** How the leaking lines were confirmed, or what the confirming window dismissed; undefined when no second window ran. */
export function confirmationSentence(report: Report): string | undefined {
  const second = report.confirmation?.snapshotIterations;
  if (!second?.length || report.workload.mode !== 'iterations') return undefined;
  const first = span(report.snapshotIterations);
  const leaks = report.findings.filter((f) => f.kind === 'leak').length;
  // Not those the retainer search dismissed: they grew again, into a holder that cannot pile them up.
  const dismissed = report.findings.filter((f) => f.kind !== 'leak' && f.confirmation && !f.retainers).length;
  const parts: string[] = [];
  if (leaks)
    parts.push(
      `each leaking line grew again in a second traced window (${span(second)}, run on past the ${report.workload.iterations} asked for) after the first (${first})`,
    );
  if (dismissed)
    parts.push(
      `${dismissed} line${dismissed > 1 ? 's' : ''} that grew in the first traced window (${first}) did not keep growing in a second (${span(second)}): bounded, not ${dismissed > 1 ? 'leaks' : 'a leak'}`,
    );
  const text = parts.join('; ');
  return text && `${leaks ? 'Confirmed: ' : ''}${text}.`;
}

/**
 * The library a line outside the project belongs to, by its import root:
 * `asyncio` for .../lib/python3.12/asyncio/events.py, `jinja2` for
 * .../site-packages/jinja2/runtime.py; the file name otherwise.
 */
export function libraryOf(file: string): string {
  const below = belowImportRoot(file);
  return below ? below.split('/')[0]!.replace(/\.pyw?$/, '') : (file.split('/').pop() ?? file);
}

/**
 * A file as the comment shows it: a library's path from its import root's
 * directory on (`site-packages/flask/app.py`, `python3.12/asyncio/events.py`),
 * not the runner's or a home directory's absolute path; others as they are.
 */
export function shownFile(file: string): string {
  const m = /^(?:.*\/)?((?:site-packages|dist-packages|python\d+\.\d+)\/.*)$/.exec(file);
  return m && belowImportRoot(file) ? m[1]! : file;
}

/** Leaking lines in the user's code, and those with no frame of it on their traceback (event-loop internals, a library's own thread). */
export function splitByOwner(findings: readonly Finding[]): { own: Finding[]; outside: Finding[] } {
  const leaking = findings.filter(isLeak);
  return { own: leaking.filter((f) => f.inProject), outside: leaking.filter((f) => !f.inProject) };
}

/** What a container's element is called: "+1 entry per iteration" for a dict. */
function elementOf(container: string | null): string {
  if (container === 'dict' || container === 'lru_cache' || container?.endsWith('Dict') || container?.endsWith('dict')) return 'entry';
  if (container && ['list', 'set', 'frozenset', 'tuple', 'collections.deque'].includes(container)) return 'item';
  return 'object';
}

/** "+2 entries per iteration", "+1 entry every 4 iterations". */
export function perIteration(count: number, iterations: number, noun: string): string {
  const rate = iterations > 0 ? count / iterations : count;
  const plural = (n: number): string => (n === 1 ? noun : noun === 'entry' ? 'entries' : `${noun}s`);
  if (rate >= 0.95 || iterations <= 0) {
    const shown = rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10;
    return `+${shown} ${plural(shown)} per iteration`;
  }
  return `+1 ${noun} every ${Math.round(1 / rate)} iterations`;
}

/** What piles up, by type: "+1 app.Response, +2 str per iteration". */
export function pilesUp(types: Readonly<Record<string, number>>, iterations: number, most = 3): string | undefined {
  if (iterations <= 0) return undefined;
  const rate = (n: number): string => {
    const r = n / iterations;
    return r >= 10 ? String(Math.round(r)) : String(Math.round(r * 10) / 10);
  };
  // A type that does not reach 0.1 per iteration is not what piles up ("+0 int").
  const piling = Object.entries(types).filter(([, n]) => rate(n) !== '0');
  const named = piling.slice(0, most);
  if (!named.length) return undefined;
  const more = piling.length > most ? ', …' : '';
  // "+1 bytes" would read as one byte: the type is named as objects of it.
  const count = (t: string, n: number): string =>
    t === 'bytes' ? `+${rate(n)} bytes object${rate(n) === '1' ? '' : 's'}` : `+${rate(n)} ${t}`;
  return `${named.map(([t, n]) => count(t, n)).join(', ')}${more} per iteration`;
}

/** What keeps a leaking line alive, in parts each rendering formats. */
export interface KeptAlive {
  /** The container as a Python expression; absent when none could be named (then `missing` says why). */
  path?: string;
  /** What the container is and how fast it fills: "dict, +1 entry per iteration". */
  holds?: string;
  /** Why no container is named. */
  missing?: string;
  /** What piles up at the line, by type. */
  piles?: string;
  /** Other containers that hold some of the line's objects. */
  also: string[];
}

/** Ways a line grows a container's own storage: `NAME.append(`, `NAME[k] =`, `NAME +=`. */
const GROWS_STORAGE = String.raw`\s*(?:\.(?:append|appendleft|extend|extendleft|insert|add|update|setdefault)\(|\[[^\]]*\]\s*=[^=]|\+=)`;

/**
 * The container whose own storage a line with no object of its own grows:
 * `_history.append(body)` grows `wl._history`, the list another leaking line's
 * objects were found in. Named only when the line's code writes to that
 * container's last name, in its module.
 */
function storageGrownBy(f: Finding, report: Report): { path: string; container: string } | undefined {
  const code = f.statement ?? f.code;
  for (const other of report.findings) {
    const r = other !== f && isLeak(other) ? other.retainers?.[0] : undefined;
    if (!r?.path?.endsWith('[…]') || !r.container || (r.root !== 'module global' && r.root !== 'class attribute')) continue;
    const path = r.path.slice(0, -'[…]'.length);
    if (other.file !== f.file && !path.startsWith(`${moduleOf(f.file)}.`)) continue;
    const name = /[A-Za-z_]\w*$/.exec(path)?.[0];
    if (name && new RegExp(String.raw`(?<![\w])${name}${GROWS_STORAGE}`).test(code)) return { path, container: r.container };
  }
  return undefined;
}

/** What keeps a leaking finding's memory alive; undefined when its line was not searched. */
export function keptAlive(f: Finding, report: Report): KeptAlive | undefined {
  const iterations = report.retainerSearch?.iterations ?? 0;
  if (!f.kept || !f.retainers) return undefined;
  const storage = f.kept.objects === 0 ? storageGrownBy(f, report) : undefined;
  if (storage) return { path: storage.path, holds: `the ${storage.container}'s own storage, growing as it fills`, also: [] };
  if (f.kept.objects === 0)
    return {
      missing:
        "no object made at this line was found alive: its memory has no Python object of its own (a list's or bytearray's storage grown in place, a C extension's buffer), or is blocks it freed that a leak's objects made elsewhere reused (then the line that made them is the one to fix), so no path can name what keeps it",
      also: [],
    };
  const piles = pilesUp(f.kept.types, iterations);
  const first = f.retainers[0];
  if (!first || first.path === null)
    return {
      missing:
        "its objects are alive, but no walk back through their referrers reached a module, class, function, cache, logger or thread within the search's bounds: a registry kept in C (atexit, signal handlers, an extension's own state) holds objects where the collector cannot see",
      piles,
      also: [],
    };
  // Held in an object's attribute (`…[…].scratch`): the container named is that object's type, not the leaked object's.
  const inAttribute =
    first.container &&
    first.container !== 'module global' &&
    first.container !== 'class attribute' &&
    elementOf(first.container) === 'object' &&
    /\.[A-Za-z_]\w*$/.test(first.path);
  const kind =
    first.root === 'lru_cache' || first.root === 'thread frame'
      ? first.root
      : inAttribute
        ? first.container === 'cell'
          ? "a closure's cell"
          : `an attribute of ${first.container} objects`
        : first.container;
  return {
    path: first.path,
    // One object held (a module global rebound to a bigger frame each time) grows in place: no rate of entries.
    holds: first.objects > 1 ? `${kind}, ${perIteration(first.objects, iterations, elementOf(first.container))}` : `${kind}`,
    piles,
    also: f.retainers
      .slice(1, 3)
      .map((r) => r.path)
      .filter((p): p is string => p !== null),
  };
}

/**
 * The workload's output as leak-gate keeps it: the last characters, shown
 * when it fails, and Python's warnings, read whole as each line arrives.
 * Reading warnings from the kept tail would miss the early ones and could
 * take a line the cut began inside for a different warning.
 */

/** Characters of output kept for an error's detail. */
const KEPT_CHARACTERS = 20000;

/** Different warnings kept at most: the note names the first and counts the rest. */
const MAX_WARNINGS = 100;

/** A line Python's warnings module writes: "path:12: DeprecationWarning: ...". */
const WARNING_LINE = /^\S.*:\d+: [A-Za-z]*Warning: /;

export class WorkloadOutput {
  private kept = '';
  private readonly warned = new Set<string>();

  /** Text from stdout, kept but not read for warnings (Python writes them to stderr). */
  keep(text: string): void {
    this.kept = (this.kept + text).slice(-KEPT_CHARACTERS);
  }

  /** One whole line of stderr, without its newline. */
  line(text: string): void {
    if (this.warned.size < MAX_WARNINGS && WARNING_LINE.test(text)) this.warned.add(text.trim());
    this.keep(`${text}\n`);
  }

  /** The last characters, from the first whole line in them. */
  get tail(): string {
    if (this.kept.length < KEPT_CHARACTERS) return this.kept;
    const newline = this.kept.indexOf('\n');
    return newline < 0 ? this.kept : this.kept.slice(newline + 1);
  }

  /** Each different warning once, in the order first printed. */
  get warnings(): string[] {
    return [...this.warned];
  }
}

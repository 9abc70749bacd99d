import { describe, expect, it } from 'vitest';
import { WorkloadOutput } from '../../src/probe/output.js';

const WARNING = '/a/rather/long/checkout/path/app/warns.py:11: DeprecationWarning: old_api() is deprecated; use new_api()';

describe('the workload output kept', () => {
  it('reads each warning whole, even when the tail kept begins inside one', () => {
    const output = new WorkloadOutput();
    // 600 warnings of two lines each: far more than the characters kept, and
    // the cut falls inside a warning line whatever the path's length.
    for (let i = 0; i < 600; i++) {
      output.line(WARNING);
      output.line('  old_api()');
    }
    expect(output.warnings).toEqual([WARNING]);
    expect(output.tail.length).toBeLessThanOrEqual(20000);
    expect(output.tail.startsWith(WARNING) || output.tail.startsWith('  old_api()')).toBe(true);
  });

  it('keeps each different warning once, in the order printed, and not what only looks like one', () => {
    const output = new WorkloadOutput();
    output.line('x.py:3: UserWarning: first');
    output.line('  warnings.warn("first")');
    output.line('y.py:9: ResourceWarning: unclosed file');
    output.line('x.py:3: UserWarning: first');
    output.line('    x.py:3: UserWarning: indented, so part of a traceback');
    output.keep('z.py:1: UserWarning: on stdout, printed by the workload itself\n');
    expect(output.warnings).toEqual(['x.py:3: UserWarning: first', 'y.py:9: ResourceWarning: unclosed file']);
  });

  it('keeps a short output whole', () => {
    const output = new WorkloadOutput();
    output.keep('hello\n');
    output.line('Traceback (most recent call last):');
    expect(output.tail).toBe('hello\nTraceback (most recent call last):\n');
  });
});

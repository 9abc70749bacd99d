import { describe, expect, it } from 'vitest';
import { localCommand } from '../../src/gate/repro.js';
import { parseSettings, type SettingsText } from '../../src/gate/settings.js';
import { TOOL_VERSION } from '../../src/version.js';

const settings = (text: SettingsText, args: string[] = []) =>
  parseSettings(text, { target: 'app/work load.py', cwd: '/repo', args }, (name) => `--${name}`, {});

describe('the repro line', () => {
  it('names the exact version, the options that differ from the defaults, the script arguments and the measured Python', () => {
    const s = settings({ iterations: '300', 'min-growth': '64', ignore: 'vendor/**' }, ['--size', '100 kB']);
    expect(localCommand(s, { python: '3.12.1' })).toBe(
      `npx leak-gate@${TOOL_VERSION} run 'app/work load.py' --iterations 300 --min-growth 64 --ignore 'vendor/**' --python python3.12 -- --size '100 kB'`,
    );
  });

  it('keeps the interpreter the run was given, and starts in the working directory when it is not the root', () => {
    const s = settings({ python: '.venv/bin/python' });
    expect(localCommand(s, { python: '3.11.2', workingDirectory: 'services/api' })).toBe(
      `cd services/api && npx leak-gate@${TOOL_VERSION} run 'app/work load.py' --iterations 200 --python .venv/bin/python`,
    );
    // A run that failed before Python said its version.
    expect(localCommand(settings({}), { python: '' })).toBe(`npx leak-gate@${TOOL_VERSION} run 'app/work load.py' --iterations 200`);
  });

  it('keeps what decides the exit status and when the run is given up', () => {
    const s = settings({ 'fail-on': 'never', tolerance: '0.5', timeout: '120' });
    expect(localCommand(s, { python: '3.12.1' })).toBe(
      `npx leak-gate@${TOOL_VERSION} run 'app/work load.py' --iterations 200 --fail-on never --tolerance 0.5 --timeout 120 --python python3.12`,
    );
  });

  it('gives a whole script, run once, no iteration count, which it would ignore and warn about', () => {
    const s = settings({ iterations: '300', warmup: '5' }, ['--rows', '10']);
    expect(localCommand(s, { python: '3.12.1', mode: 'whole' })).toBe(
      `npx leak-gate@${TOOL_VERSION} run 'app/work load.py' --python python3.12 -- --rows 10`,
    );
  });
});

#!/usr/bin/env node
// The command's entry (dist/cli/index.js).
import { stopOnSignals } from '../signals.js';
import { removePartialFiles } from './files.js';
import { main } from './main.js';

// A report file cut short by the stop is removed: it is whole or absent.
stopOnSignals((line) => process.stderr.write(line + '\n'), removePartialFiles);
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// The command's entry (dist/cli/index.js).
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));

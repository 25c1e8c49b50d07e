#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (built by `npm run build`, which `npm install` runs via `prepare`).
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

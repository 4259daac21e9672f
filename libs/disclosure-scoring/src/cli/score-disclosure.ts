#!/usr/bin/env node
/**
 * Command line entry: `npm run score-disclosure -- <file> [--lang ja|en] [--json]`. Works without the
 * server or a database.
 */
import { readFile } from 'node:fs/promises';
// Relative import on purpose: `npm run` starts tsx at the repo root, which has no tsconfig.json for the
// @ipgn/* path aliases. The dependency itself (domain → util) is allowed.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { extractText } from '../../../document-text/src/index';
import { runCli } from './run-cli';

void runCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  extract: (data) => extractText(data),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});

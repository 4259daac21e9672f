#!/usr/bin/env node
// First-load budget: for every page of the web app, the gzipped JavaScript a browser must fetch before the page
// renders (the entry chunk, the page's own chunk and every chunk they import statically) must stay within the
// budget. Reads Vite's manifest from the production build; run after `nx build web`. Exit 1 over budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The aim is 200 kB (issue 15); the ceiling enforced today (235) is the measured largest page (229.5) plus a little, so the
// check fails on growth while the shared entry chunk is slimmed down (see docs/benchmarks.md).
const BUDGET_KB = Number(process.env.FIRST_LOAD_BUDGET_KB ?? 235);
const dist = process.argv[2] ?? 'dist/apps/web';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gz = new Map();
const gzipKb = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file))).length / 1024);
  return gz.get(file);
};
/** Every JS file a chunk needs at once: itself and its static imports, transitively (dynamic imports load later). */
function closure(key, acc = new Set()) {
  const chunk = manifest[key];
  if (!chunk || acc.has(chunk.file)) return acc;
  acc.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, acc);
  return acc;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = closure(entryKey);
const pages = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && /-page\.tsx$/.test(k));
const rows = [{ page: '(entry only)', kb: [...entry].reduce((s, f) => s + gzipKb(f), 0) }];
for (const key of pages) {
  const files = closure(key, new Set(entry));
  rows.push({ page: key.replace(/^.*\/components\//, ''), kb: [...files].reduce((s, f) => s + gzipKb(f), 0) });
}
rows.sort((a, b) => b.kb - a.kb);
const over = rows.filter((r) => r.kb > BUDGET_KB);
for (const r of rows) console.log(`${r.kb.toFixed(1).padStart(7)} kB  ${r.page}`);
console.log(
  `\nFirst-load JavaScript (gzip), largest page: ${rows[0].kb.toFixed(1)} kB; budget ${BUDGET_KB} kB; ${pages.length} pages.`,
);
if (!pages.length) {
  console.error('No lazily loaded pages found in the manifest: is route-level code splitting still in place?');
  process.exit(1);
}
if (over.length) {
  console.error(`Over budget: ${over.map((r) => `${r.page} ${r.kb.toFixed(1)} kB`).join(', ')}`);
  process.exit(1);
}

#!/usr/bin/env node
// First-load budget: for every page of the web app, the gzipped JavaScript a browser must fetch before the page
// renders (the entry chunk, the UI texts of one language, the page's own chunk and every chunk they import
// statically) must stay within the budget. Reads Vite's manifest from the production build; run after
// `nx build web`. Exit 1 over budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Issue 15: at most 200 kB. The ceiling is the measured largest page plus a little room, so that growth fails the
// suite (docs/benchmarks.md, "First-load JavaScript"); lower it when pages shrink, never raise it past 200.
const BUDGET_KB = Number(process.env.FIRST_LOAD_BUDGET_KB ?? 180);
// main.tsx loads one language's UI texts (a dynamic import) and waits for them before rendering anything: they are
// part of every first load. Counted: the larger language's chunk, so the check holds whichever the visitor uses.
const RENDER_BLOCKING_TEXTS = /\/i18n\/messages-[a-z]+\.ts$/;
// A page also waits for its features' texts (app/lazy-page.tsx: the features it declares in the route table), each a
// chunk of its own per language: counted with the page, the larger language's chunk of each.
const ROUTES = 'apps/web/src/app/app-routes.tsx';
const featureDir = (feature) => feature.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
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
const textKeys = (manifest[entryKey].dynamicImports ?? []).filter((k) => RENDER_BLOCKING_TEXTS.test(k));
if (!textKeys.length) {
  // Renamed or inlined? Then this check would silently stop counting the texts: make it say so instead.
  console.error('The entry loads no UI-text chunk matching ' + RENDER_BLOCKING_TEXTS + ': update this check.');
  process.exit(1);
}
const kbOf = (files) => [...files].reduce((s, f) => s + gzipKb(f), 0);
const texts = textKeys
  .map((key) => ({ key, files: closure(key, new Set(closure(entryKey))) }))
  .sort((a, b) => kbOf(b.files) - kbOf(a.files))[0];
const entry = texts.files;
const pages = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && /-page\.tsx$/.test(k));
const declared = new Map(
  [
    ...readFileSync(ROUTES, 'utf8').matchAll(
      /lazyPage\(\s*\(\) => import\('\.\.\/([^']+)'\),\s*'\w+',\s*\[([^\]]*)\]/g,
    ),
  ].map((m) => [`src/${m[1]}.tsx`, [...m[2].matchAll(/'(\w+)'/g)].map((f) => f[1])]),
);
/** The text chunk (with what it imports) of `feature` in the language whose chunk is larger. */
function featureTexts(feature) {
  const keys = ['ja', 'en'].map((l) => `src/features/${featureDir(feature)}/i18n/${featureDir(feature)}-${l}.ts`);
  const missing = keys.filter((k) => !manifest[k]);
  if (missing.length) {
    console.error(`No chunk for ${missing.join(', ')}: are features' texts still loaded on their own?`);
    process.exit(1);
  }
  return keys.map((k) => closure(k)).sort((a, b) => kbOf(b) - kbOf(a))[0];
}
const rows = [{ page: `(entry + ${texts.key.replace(/^.*\//, '')})`, kb: kbOf(entry) }];
for (const key of pages) {
  if (!declared.has(key)) {
    console.error(`${key} is not a lazyPage of ${ROUTES} with its texts declared: update this check.`);
    process.exit(1);
  }
  const files = closure(key, new Set(entry));
  for (const feature of declared.get(key)) for (const f of featureTexts(feature)) files.add(f);
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

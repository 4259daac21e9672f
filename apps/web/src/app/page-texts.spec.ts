import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { TEXT_FEATURES, type TextFeature } from '../shared/i18n/feature-texts';

// Features' texts load with the pages that declare them (lazy-page.tsx). A page that uses a feature's keys without
// declaring it would show raw keys, and only on a first visit straight to it; so this reads the code each page (and
// the always-loaded entry) can reach and checks every feature key it mentions is declared.

const SRC = resolve(__dirname, '..');
const KEY = new RegExp(`['"\`](${TEXT_FEATURES.join('|')})\\.[a-zA-Z]`, 'g');
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g;
const DYNAMIC_IMPORT = /import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  return null;
}

/** The source files `entry` reaches by relative imports; dynamic imports too unless `staticOnly`. */
function reach(entry: string, staticOnly: boolean, skip: (file: string) => boolean = () => false): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const specs = [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]);
    if (!staticOnly) specs.push(...[...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]));
    for (const spec of specs) {
      const next = resolveModule(file, spec);
      // The feature text files themselves and the loaders' table are where keys are defined, not used.
      if (next && !/\/i18n\//.test(next) && !skip(next)) stack.push(next);
    }
  }
  return seen;
}

function featuresUsedBy(files: Iterable<string>): Map<TextFeature, string[]> {
  const used = new Map<TextFeature, string[]>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(KEY)) {
      const feature = m[1] as TextFeature;
      const at = used.get(feature) ?? [];
      const relative = file.slice(SRC.length + 1);
      if (!at.includes(relative)) at.push(relative);
      used.set(feature, at);
    }
  }
  return used;
}

const routesFile = join(SRC, 'app', 'app-routes.tsx');
const routes = readFileSync(routesFile, 'utf8');
const declarations = [
  ...routes.matchAll(/lazyPage\(\s*\(\) => import\('([^']+)'\),\s*'(\w+)',\s*\[([^\]]*)\],?\s*\)/g),
].map((m) => ({
  module: resolveModule(routesFile, m[1]) as string,
  name: m[2],
  texts: [...m[3].matchAll(/'(\w+)'/g)].map((t) => t[1]),
}));

describe('each page declares the features whose texts it shows', () => {
  it('finds every lazily loaded page of the route table', () => {
    expect(declarations.length).toBe((routes.match(/lazyPage\(/g) ?? []).length);
    expect(declarations.length).toBeGreaterThan(30);
    for (const d of declarations)
      expect({ name: d.name, module: d.module }).toEqual({ name: d.name, module: d.module });
    for (const d of declarations) expect(d.texts.every((t) => TEXT_FEATURES.includes(t as TextFeature))).toBe(true);
  });

  it.each(declarations.map((d) => [d.name, d] as const))('%s', (_name, d) => {
    const used = featuresUsedBy(reach(d.module, false));
    const undeclared = [...used]
      .filter(([f]) => !d.texts.includes(f))
      .map(([f, files]) => `${f} (${files.join(', ')})`);
    expect(undeclared).toEqual([]);
  });

  it('the entry (layouts, guards, navigation) uses no feature texts: they are not loaded before a page', () => {
    // Everything main.tsx reaches without going through a page's own chunk.
    const pages = new Set(declarations.map((d) => d.module));
    const entry = reach(join(SRC, 'main.tsx'), true, (file) => pages.has(file));
    expect(entry.has(routesFile)).toBe(true);
    expect([...featuresUsedBy(entry)].map(([f, files]) => `${f} (${files.join(', ')})`)).toEqual([]);
  });
});

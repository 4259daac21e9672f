// Runs every benchmark in tools/bench/*.bench.ts one after another, each in its own process so that
// one benchmark's garbage and JIT state never colour another's numbers.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = __dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  // The repository root has no tsconfig.json: point tsx at the base one, which holds the @ipgn/* aliases that
  // benchmarked code imports (the export renderer reaches @ipgn/contracts through its formatters).
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: process.env['TSX_TSCONFIG_PATH'] ?? 'tsconfig.base.json' },
  });
  if (r.status !== 0) failed++;
}
console.log(`\n${files.length - failed} benchmarks completed, ${failed} failed`);
process.exit(failed ? 1 : 0);

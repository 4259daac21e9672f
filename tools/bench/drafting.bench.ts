// Benchmark: generate all four drafts (ja + en) for one organisation with a complete listed assessment and full
// company facts, then render them as text (target < 50 ms for the set, issue 11). Run with `npm run bench -- drafting`.
import { spawnSync } from 'node:child_process';

// tsx at the repo root does not resolve the @ipgn/* aliases that the drafting library itself imports; re-run this
// file once with the base tsconfig (which holds the aliases) instead of duplicating them here.
if (!process.env['TSX_TSCONFIG_PATH']) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', __filename], {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.base.json' },
  });
  process.exit(r.status ?? 1);
}

const BUDGET_MS = 50;

async function main(): Promise<void> {
  // Relative imports, as in the other benchmarks.
  const drafting = await import('../../libs/drafting/src/index');
  const assessment = await import('../../libs/assessment/src/index');
  const base = drafting.demoDraftInput();
  const result = assessment.scoreAssessment({
    track: 'listed',
    answers: base.answers,
    profile: { listingStatus: base.organization.listingStatus, companySize: base.organization.companySize },
  });

  function time(fn: () => number, iterations: number): number[] {
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      fn();
      samples.push(performance.now() - t0);
    }
    return samples.sort((a, b) => a - b);
  }
  function summary(name: string, s: number[]): { mean: number; p50: number; p95: number } {
    const mean = s.reduce((a, b) => a + b, 0) / s.length;
    const p50 = s[Math.floor(s.length * 0.5)] ?? 0;
    const p95 = s[Math.floor(s.length * 0.95)] ?? 0;
    console.log(
      `${name.padEnd(44)} mean ${mean.toFixed(3)} ms  p50 ${p50.toFixed(3)}  p95 ${p95.toFixed(3)}  (n=${s.length})`,
    );
    return { mean, p50, p95 };
  }

  const all = (withResult: boolean): number => {
    const drafts = drafting.generateDrafts(withResult ? { ...base, result } : base);
    let chars = 0;
    for (const d of drafts) chars += drafting.renderDraftText(d).length;
    return chars;
  };
  let sink = 0;
  for (let i = 0; i < 30; i++) sink += all(false);
  const full = summary(
    '4 drafts × ja+en, scoring the assessment too',
    time(() => (sink += all(false)), 300),
  );
  summary(
    '4 drafts × ja+en, with a stored result',
    time(() => (sink += all(true)), 300),
  );
  summary(
    '4 drafts × ja only, with a stored result',
    time(() => (sink += drafting.generateDrafts({ ...base, result }, { languages: ['ja'] }).length), 300),
  );
  const matrix = await import('../../libs/drafting/src/testing/company-matrix');
  const mid = matrix.matrixInput('mid-listed-gaps');
  summary(
    'mid-level company with gaps, 4 × ja+en',
    time(() => (sink += drafting.generateDrafts(mid).length), 300),
  );
  const drafts = drafting.generateDrafts(base);
  console.log(`${drafts.length} drafts, ${all(false)} characters in total (sink ${sink % 7})`);
  const pass = full.p95 < BUDGET_MS;
  console.log(`budget: p95 < ${BUDGET_MS} ms for all four drafts in both languages → ${pass ? 'PASS' : 'FAIL'}`);
  if (!pass) process.exit(1);
}

void main();

// Scoring a complete assessment must take well under 1 ms (issue 3), so results can be recomputed on every read.
// Imports the library's public index by path because tsx here runs without the workspace path aliases.
import { performance } from 'node:perf_hooks';
import {
  AssessmentProfile,
  Track,
  questionsForTrack,
  sampleAnswers,
  scoreAssessment,
} from '../../libs/assessment/src/index';

const BUDGET_US = 1000;
const WARMUP = 2_000;
const ITERATIONS = 20_000;

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function bench(label: string, track: Track, profile: AssessmentProfile): { mean: number; p50: number } {
  // Mixed ladder levels so that findings, plan rules and every branch do real work.
  const answers = {
    ...sampleAnswers(track, 2, profile),
    'm4.causal-path': 1,
    'm6.executive-owner': 'nobody',
    'm1.inventory': 0,
  };
  const answered = Object.keys(answers).length;
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += scoreAssessment({ track, answers, profile }).overall.score ?? 0;
  const samples = new Float64Array(ITERATIONS);
  const start = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    sink += scoreAssessment({ track, answers, profile }).overall.score ?? 0;
    samples[i] = (performance.now() - t0) * 1000;
  }
  const totalMs = performance.now() - start;
  samples.sort();
  const mean = (totalMs * 1000) / ITERATIONS;
  console.log(
    `${label.padEnd(34)} ${String(answered).padStart(3)} answers / ${questionsForTrack(track).length} questions  ` +
      `mean ${mean.toFixed(1)} µs  p50 ${percentile(samples, 50).toFixed(1)} µs  p99 ${percentile(samples, 99).toFixed(1)} µs  ` +
      `(${ITERATIONS} ops, ${Math.round(ITERATIONS / (totalMs / 1000))} ops/s)  [sink ${sink > 0 ? 'ok' : '0'}]`,
  );
  return { mean, p50: percentile(samples, 50) };
}

const listed = bench('scoreAssessment, complete listed', 'listed', { listingStatus: 'prime', companySize: 'large' });
bench('scoreAssessment, complete SME', 'sme', { listingStatus: 'unlisted', companySize: 'sme' });
// Gate on the median: on a shared CI/dev box the mean and p99 mostly measure other processes' CPU contention.
const pass = listed.p50 < BUDGET_US;
console.log(
  `budget: p50 < ${BUDGET_US} µs for a complete listed assessment (mean ${listed.mean.toFixed(1)} µs) → ${pass ? 'PASS' : 'FAIL'}`,
);
process.exit(pass ? 0 : 1);

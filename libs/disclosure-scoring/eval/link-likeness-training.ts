/**
 * Training of the learned link-likeness model (src/v2/learned/): for "mechanism" (why the company wins) and "value"
 * (what customers or the company get), an L2 logistic regression over hashed character 2-3-grams of a passage's
 * sentences as the scorer reads them (company names as 当社), on the analysts' sets whose two raters agree on the
 * feature (both mark it, or neither). Deterministic: full-batch gradient descent from zero, fixed iterations, no
 * sampling, so the committed model is exactly what `train-link-likeness.ts` writes (link-likeness-training.spec.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeSentences } from '../src/v2/judge-sentences';
import { companyNameList } from '../src/v2/company-names';
import { charNgrams, NGRAM_DIM } from '../src/v2/learned/char-ngrams';
import { learnedNames, type LearnedLink, type LinkLikenessModel } from '../src/v2/learned/link-likeness';
import { companyNameOf } from './company-name-of';

export const ITERATIONS = 300;
export const LEARNING_RATE = 2;
export const L2 = 1e-3;
/** Weights kept per link, largest first (the rest are near zero; keeps the shipped table small). */
export const KEEP = 30000;
export const ANALYST_DIR = join(__dirname, 'analyst-walk');

type Features = Record<string, boolean>;
interface Example {
  readonly x: readonly number[];
  readonly norm: number;
  readonly f1: Features;
  readonly f2: Features;
}

/** The double-rated analysts' passages of sets from..to, as n-gram sets. */
function examplesOf(from: number, to: number): Example[] {
  const examples: Example[] = [];
  for (let n = from; n <= to; n++) {
    const pf = join(ANALYST_DIR, `passages-${n}.jsonl`);
    const rf = join(ANALYST_DIR, `rater2-set-${n}.jsonl`);
    if (!existsSync(pf) || !existsSync(rf)) continue;
    const second = new Map<string, Features>(
      readFileSync(rf, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; features: Features })
        .map((o) => [o.id, o.features]),
    );
    for (const line of readFileSync(pf, 'utf8').split('\n').filter(Boolean)) {
      const p = JSON.parse(line) as {
        id: string;
        text: string;
        company: string;
        language: 'ja' | 'en';
        features: Features;
      };
      const f2 = second.get(p.id);
      if (!f2) continue;
      const grams = new Set<number>();
      const given = companyNameOf(p.company);
      const names = learnedNames(given, companyNameList(p.text, given));
      for (const s of judgeSentences(p.text, names, p.language)) {
        if (!s.duplicate) for (const g of charNgrams(s.analysis, names)) grams.add(g);
      }
      const x = [...grams].sort((a, b) => a - b);
      examples.push({ x, norm: x.length > 0 ? 1 / Math.sqrt(x.length) : 0, f1: p.features, f2 });
    }
  }
  return examples;
}

function train(examples: readonly Example[], feature: string): LearnedLink & { n: number; positives: number } {
  const rows = examples.filter((e) => e.f1[feature] === e.f2[feature]);
  const y = rows.map((e) => (e.f1[feature] ? 1 : 0));
  const w = new Float64Array(NGRAM_DIM);
  let b = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Float64Array(NGRAM_DIM);
    let gb = 0;
    rows.forEach((e, i) => {
      let z = b;
      for (const g of e.x) z += (w[g] ?? 0) * e.norm;
      const err = 1 / (1 + Math.exp(-z)) - (y[i] ?? 0);
      for (const g of e.x) grad[g] = (grad[g] ?? 0) + err * e.norm;
      gb += err;
    });
    for (let j = 0; j < NGRAM_DIM; j++)
      w[j] = (w[j] ?? 0) - LEARNING_RATE * ((grad[j] ?? 0) / rows.length + L2 * (w[j] ?? 0));
    b -= (LEARNING_RATE * gb) / rows.length;
  }
  const weights = [...w.entries()]
    .filter(([, v]) => v !== 0)
    .sort((a, c) => Math.abs(c[1]) - Math.abs(a[1]) || a[0] - c[0])
    .slice(0, KEEP)
    .map(([j, v]) => [j, Math.round(v * 1e6) / 1e6] as const)
    .sort((a, c) => a[0] - c[0]);
  return { bias: Math.round(b * 1e6) / 1e6, weights, n: rows.length, positives: y.filter(Boolean).length };
}

/** Trains both links on sets from..to; `summary` says what it was trained on. */
export function trainLinkLikeness(from: number, to: number): { model: LinkLikenessModel; summary: string } {
  const examples = examplesOf(from, to);
  const mechanism = train(examples, 'mechanism');
  const value = train(examples, 'value');
  const model: LinkLikenessModel = {
    trainedOn: `analysts' sets ${from}-${to}`,
    mechanism: { bias: mechanism.bias, weights: mechanism.weights },
    value: { bias: value.bias, weights: value.weights },
  };
  const summary =
    `${examples.length} passages of the analysts' sets ${from}-${to}; mechanism ${mechanism.n} agreed, ` +
    `${mechanism.positives} marked; value ${value.n} agreed, ${value.positives} marked; ${ITERATIONS} iterations, ` +
    `learning rate ${LEARNING_RATE}, L2 ${L2}`;
  return { model, summary };
}

/** The generated TypeScript module holding a model. */
export function modelModule(model: LinkLikenessModel, summary: string): string {
  return (
    `// Generated by libs/disclosure-scoring/eval/train-link-likeness.ts (${summary}). Do not edit by hand.\n` +
    `import type { LinkLikenessModel } from './link-likeness';\n\n` +
    `export const LINK_LIKENESS_MODEL: LinkLikenessModel = ${JSON.stringify(model)};\n`
  );
}

/**
 * Development-only check that a rule change generalises: scores corpus-v2 dev + corpus-v3 dev and reports AUC
 * strong-vs-weak, medium-vs-weak, and the length-partialled Spearman overall, per language, and on company-disjoint
 * halves (a change should help both halves, not one). Never reads a test split.
 *   npx tsx libs/disclosure-scoring/eval/dev-cv.ts [--rows]   (--rows: per-passage score, label, length)
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { judgeDisclosure } from '../src/index';
import { CORPUS_DIR, CORPUS_V3_DIR, LABEL_VALUE, loadJsonl, type EvalPassage } from './corpus';
import { auc, partialSpearman } from './stats';

const passages: EvalPassage[] = [
  ...loadJsonl(join(CORPUS_DIR, 'dev.jsonl')),
  ...loadJsonl(join(CORPUS_V3_DIR, 'dev.jsonl')),
];
const scores = passages.map((p) => judgeDisclosure(p.text, { companyNames: p.company ? [p.company] : [] }).overall);
const half = (p: EvalPassage): number => (createHash('sha1').update(p.company).digest()[0] ?? 0) % 2;

function row(name: string, keep: (p: EvalPassage) => boolean): string {
  const ps = passages.map((p, i) => [p, scores[i] ?? 0] as const).filter(([p]) => keep(p));
  const of = (l: string): number[] => ps.filter(([p]) => p.label === l).map(([, s]) => s);
  const part = partialSpearman(
    ps.map(([, s]) => s),
    ps.map(([p]) => LABEL_VALUE[p.label]),
    ps.map(([p]) => p.text.length),
  );
  return `${name.padEnd(8)} n=${String(ps.length).padStart(3)} s=${of('strong').length} AUC=${auc(of('strong'), of('weak')).toFixed(3)} mw=${auc(of('medium'), of('weak')).toFixed(3)} part=${part.toFixed(3)}`;
}
console.log(row('all', () => true));
console.log(row('ja', (p) => p.language === 'ja'));
console.log(row('en', (p) => p.language === 'en'));
console.log(row('half0', (p) => half(p) === 0));
console.log(row('half1', (p) => half(p) === 1));
if (process.argv.includes('--rows'))
  passages.forEach((p, i) => console.log(`${p.id}\t${p.label}\t${scores[i]}\t${p.text.length}\t${p.language}`));

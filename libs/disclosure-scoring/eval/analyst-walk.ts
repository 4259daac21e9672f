/**
 * The analyst's walk of issue 18: twelve disclosures about invented companies, written and ranked from the rubric
 * by an engineer who never saw the scorer (analyst-walk/README.md). Prints each passage's score beside the
 * analyst's rank and the rank correlations: npx tsx libs/disclosure-scoring/eval/analyst-walk.ts
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { judgeDisclosure, scoreDisclosureV1 } from '../src/index';
import { auc, partialSpearman, spearman } from './stats';
type P = { id: string; language: string; docType: string; company: string; text: string; label: string; rank: number };
const file = process.argv[2] ?? join(__dirname, 'analyst-walk/passages.jsonl');
const ps: P[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const rows = ps.map((p) => {
  const docType = /cg/i.test(p.docType) ? 'cg_report' : undefined;
  const r = judgeDisclosure(p.text, {
    companyNames: [p.company],
    ...(docType ? { documentType: docType } : {}),
  } as never);
  const v1 = scoreDisclosureV1(p.text).overall;
  return {
    ...p,
    score: r.overall,
    grade: r.grade,
    v1,
    len: p.text.length,
    roles: r.sentences.map((s) => s.role[0]).join(''),
    chains: r.chains.map((c) => c.links.join('+')).join(' | '),
  };
});
rows.sort((a, b) => a.rank - b.rank);
for (const r of rows)
  console.log(
    `${r.id} ${r.language} rank=${r.rank} ${r.label.padEnd(6)} score=${String(r.score).padStart(3)} ${r.grade} v1=${r.v1} len=${r.len} ${r.docType} roles=${r.roles} chains=${r.chains}`,
  );
const inv = rows.map((r) => -r.rank);
const L: Record<string, number> = { weak: 0, medium: 1, strong: 2 };
console.log(
  'spearman(score, analyst order)',
  spearman(
    rows.map((r) => r.score),
    inv,
  ).toFixed(3),
  ' length',
  spearman(
    rows.map((r) => r.len),
    inv,
  ).toFixed(3),
  ' v1',
  spearman(
    rows.map((r) => r.v1),
    inv,
  ).toFixed(3),
);
console.log(
  'partial (length)',
  partialSpearman(
    rows.map((r) => r.score),
    inv,
    rows.map((r) => r.len),
  ).toFixed(3),
);
const of = (l: string, k: 'score' | 'len') => rows.filter((r) => r.label === l).map((r) => r[k]);
console.log(
  'AUC strong-vs-weak score',
  auc(of('strong', 'score'), of('weak', 'score')).toFixed(3),
  ' length',
  auc(of('strong', 'len'), of('weak', 'len')).toFixed(3),
);
console.log('labels', JSON.stringify(rows.map((r) => L[r.label])));

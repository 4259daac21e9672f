/**
 * The analyst's walk of issue 18: twelve disclosures about invented companies, written and ranked from the rubric
 * by an engineer who never saw the scorer (analyst-walk/README.md). Prints each passage's score beside the
 * analyst's rank and the rank correlations: npx tsx libs/disclosure-scoring/eval/analyst-walk.ts [file] [--summary]
 * `--summary` prints the correlations only (a held-out set stays unopened). When a second analyst rated the same set
 * blind (`rater2-set-N.jsonl` beside `passages-N.jsonl`), it also prints how the two analysts agree with each other
 * and how the scorer agrees with each and with both: the human ceiling beside the scorer.
 */
import { basename, dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { judgeDisclosure, scoreDisclosureV1 } from '../src/index';
import { auc, partialSpearman, spearman, weightedKappa } from './stats';
import { companyNameOf } from './company-name-of';
type P = { id: string; language: string; docType: string; company: string; text: string; label: string; rank: number };
const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const file = args.find((a) => !a.startsWith('--')) ?? join(__dirname, 'analyst-walk/passages.jsonl');
const ps: P[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

const rows = ps.map((p) => {
  const docType = /cg/i.test(p.docType) ? 'cg_report' : undefined;
  const r = judgeDisclosure(p.text, {
    companyNames: companyNameOf(p.company),
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
for (const r of summaryOnly ? [] : rows)
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

const second = join(dirname(file), basename(file).replace(/^passages-(\d+)\.jsonl$/u, 'rater2-set-$1.jsonl'));
if (second !== file && existsSync(second)) {
  const theirs = new Map(
    readFileSync(second, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; label: string; rank: number })
      .map((x) => [x.id, x]),
  );
  const other = rows.map((r) => {
    const x = theirs.get(r.id);
    if (!x) throw new Error(`${second} has no rating for ${r.id}`);
    return x;
  });
  const inv2 = other.map((x) => -x.rank);
  const both = inv.map((x, i) => x + inv2[i]);
  const scores = rows.map((r) => r.score);
  const same = rows.filter((r, i) => r.label === other[i].label).length;
  console.log(
    'second analyst: rank agreement with the first',
    spearman(inv, inv2).toFixed(3),
    ` labels equal ${same}/${rows.length}`,
    ' weighted kappa',
    weightedKappa(
      rows.map((r) => L[r.label]),
      other.map((x) => L[x.label]),
    ).toFixed(3),
  );
  console.log(
    'spearman(score, second analyst)',
    spearman(scores, inv2).toFixed(3),
    " (score, both analysts' mean rank)",
    spearman(scores, both).toFixed(3),
  );
}

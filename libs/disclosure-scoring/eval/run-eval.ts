/**
 * Evaluates the scorer on real public disclosures (eval/passages.json): AUC strong-vs-weak, Spearman vs the
 * ordinal labels, Spearman with length partialled out, and the same figures for two trivial baselines
 * (text length; plain keyword count). Usage: npm run eval:disclosure [-- --json] [-- --verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreDisclosure } from '../src/index';
import { auc, partialSpearman, spearman } from './stats';

interface Passage {
  readonly id: string;
  readonly language: 'ja' | 'en';
  readonly company: string;
  readonly sourceUrl: string;
  readonly label: 0 | 1 | 2 | 3;
  readonly labelBasis: string;
  readonly text: string;
}

/** Baseline 2: count of plain rubric keyword hits, the "keyword stuffing" scorer we must beat. */
const KEYWORDS =
  /知的財産|知財|特許|商標|意匠|ブランド|ノウハウ|無形資産|ライセンス|IPランドスケープ|事業ポートフォリオ|中期経営計画|取締役会|投資|研究開発|競争優位|企業価値|KPI|intellectual property|\bIP\b|patent|trademark|brand|know-how|intangible|licens|landscape|portfolio|board|invest|R&D|competitive|corporate value|KPI/gi;

function keywordCount(text: string): number {
  return text.normalize('NFKC').match(KEYWORDS)?.length ?? 0;
}

interface Metrics {
  readonly aucStrongVsWeak: number;
  readonly aucConcreteVsWeak: number;
  readonly spearman: number;
  readonly spearmanLengthPartialled: number;
}

function metrics(values: readonly number[], passages: readonly Passage[], lengths: readonly number[]): Metrics {
  const labels = passages.map((p) => p.label);
  const pick = (pred: (p: Passage) => boolean): number[] =>
    passages.flatMap((p, i) => (pred(p) ? [values[i] ?? 0] : []));
  return {
    aucStrongVsWeak: auc(pick((p) => p.label === 3), pick((p) => p.label <= 1)),
    aucConcreteVsWeak: auc(pick((p) => p.label >= 2), pick((p) => p.label <= 1)),
    spearman: spearman(values, labels),
    spearmanLengthPartialled: partialSpearman(values, labels, lengths),
  };
}

const fmt = (n: number): string => (Number.isNaN(n) ? '  n/a' : n.toFixed(3).padStart(6));

function main(): void {
  const args = process.argv.slice(2);
  const file = join(__dirname, 'passages.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { passages: Passage[] };
  const passages = data.passages;
  const started = performance.now();
  const results = passages.map((p) => scoreDisclosure(p.text));
  const elapsed = performance.now() - started;
  const scores = results.map((r) => r.overall);
  const lengths = passages.map((p) => p.text.length);
  const keywords = passages.map((p) => keywordCount(p.text));

  const table = {
    scorer: metrics(scores, passages, lengths),
    lengthBaseline: metrics(lengths, passages, lengths),
    keywordBaseline: metrics(keywords, passages, lengths),
  };
  const classAgreement = passages.filter((p, i) => {
    const cls = results[i]?.class;
    return p.label >= 2 ? cls === '〇' : p.label === 1 ? cls === '△' : cls === '✕';
  }).length;

  // Failure cases: labelled-concrete passages scoring at or below the best weak one, and vice versa.
  const maxWeak = Math.max(...passages.flatMap((p, i) => (p.label <= 1 ? [scores[i] ?? 0] : [])));
  const minStrong = Math.min(...passages.flatMap((p, i) => (p.label === 3 ? [scores[i] ?? 0] : [])));
  const failures = passages
    .map((p, i) => ({ p, score: scores[i] ?? 0, cls: results[i]?.class }))
    .filter(({ p, score }) => (p.label >= 2 && score <= maxWeak) || (p.label <= 1 && score >= minStrong));

  if (args.includes('--json')) {
    const out = {
      passages: passages.length,
      byLabel: [0, 1, 2, 3].map((l) => passages.filter((p) => p.label === l).length),
      ...table,
      classAgreement: classAgreement / passages.length,
      msTotal: Math.round(elapsed),
      failures: failures.map(({ p, score, cls }) => ({ id: p.id, label: p.label, score, class: cls })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }

  console.log(`Disclosure scoring evaluation — ${passages.length} real passages`);
  console.log(`labels: 3 strong=${passages.filter((p) => p.label === 3).length}, 2 concrete=${passages.filter((p) => p.label === 2).length}, 1 weak=${passages.filter((p) => p.label === 1).length}, 0 none=${passages.filter((p) => p.label === 0).length}`);
  console.log('');
  console.log('                     AUC(3 vs ≤1)  AUC(≥2 vs ≤1)  Spearman  Spearman|length');
  for (const [name, m] of Object.entries(table)) {
    console.log(`${name.padEnd(20)} ${fmt(m.aucStrongVsWeak)}        ${fmt(m.aucConcreteVsWeak)}         ${fmt(m.spearman)}    ${fmt(m.spearmanLengthPartialled)}`);
  }
  console.log('');
  console.log(`〇/△/✕ class agrees with label class: ${classAgreement}/${passages.length}`);
  console.log(`scored in ${elapsed.toFixed(1)} ms total`);
  if (args.includes('--verbose')) {
    console.log('\nid                                   label  score  class  chars');
    passages
      .map((p, i) => ({ p, r: results[i] }))
      .sort((a, b) => (b.r?.overall ?? 0) - (a.r?.overall ?? 0))
      .forEach(({ p, r }) => {
        const crit = r?.criteria.map((c) => `${c.id}:${c.score}`).join(' ') ?? '';
        console.log(`${p.id.padEnd(36)} ${String(p.label).padStart(5)} ${String(r?.overall).padStart(6)}  ${r?.class}   ${String(p.text.length).padStart(5)}  ${crit}`);
      });
  }
  console.log(`\nfailure cases (label ≥2 scoring ≤ best weak = ${maxWeak}, or label ≤1 scoring ≥ worst strong = ${minStrong}):`);
  for (const { p, score, cls } of failures) console.log(`  ${p.id} label=${p.label} score=${score} class=${cls}`);
}

main();

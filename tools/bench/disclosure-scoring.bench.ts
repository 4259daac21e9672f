// Benchmark: judge a 10,000-character Japanese disclosure with v2 (target ≤ 20 ms/op), beside v1 and a plain
// keyword-regex pass over the same text. Run with `npm run bench` (or `npm run bench -- disclosure-scoring`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Relative import: tsx runs from the repo root, which has no tsconfig.json for the @ipgn/* aliases.
import { judgeDisclosure, scoreDisclosureV1 } from '../../libs/disclosure-scoring/src/index';

const TARGET_CHARS = 10_000;
const BUDGET_MS = 20;

function buildJapaneseText(): string {
  const file = join(__dirname, '../../libs/disclosure-scoring/eval/passages.json');
  const { passages } = JSON.parse(readFileSync(file, 'utf8')) as { passages: { language: string; text: string }[] };
  const ja = passages.filter((p) => p.language === 'ja').map((p) => p.text);
  let out = '';
  // Real disclosure sentences, numbered per round so that they are not all deduplicated away.
  for (let round = 1; out.length < TARGET_CHARS; round++) {
    for (const t of ja) out += `${t.replace(/。/g, `（${round}）。`)}\n\n`;
  }
  return out.slice(0, TARGET_CHARS);
}

const KEYWORDS =
  /知的財産|知財|特許|商標|意匠|ブランド|ノウハウ|無形資産|ライセンス|IPランドスケープ|事業ポートフォリオ|中期経営計画|取締役会|投資|研究開発|競争優位|企業価値|KPI/g;

function time(fn: () => void, iterations: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

function summary(name: string, samples: number[], chars: number): { mean: number; p50: number } {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const p50 = samples[Math.floor(samples.length * 0.5)] ?? 0;
  const p95 = samples[Math.floor(samples.length * 0.95)] ?? 0;
  const throughput = chars / (mean / 1000);
  console.log(
    `${name.padEnd(26)} mean ${mean.toFixed(3)} ms/op  p50 ${p50.toFixed(3)}  p95 ${p95.toFixed(3)}  ` +
      `throughput ${(throughput / 1e6).toFixed(2)} M chars/s`,
  );
  return { mean, p50 };
}

const text = buildJapaneseText();
const names = ['コニカミノルタ株式会社', '旭化成株式会社'];
const judge = (): number => judgeDisclosure(text, { companyNames: names, documentType: 'cg_report' }).overall;
let sink = 0;
// Warm up the JIT for all three.
for (let i = 0; i < 30; i++) {
  sink += judge();
  sink += scoreDisclosureV1(text).overall;
  sink += text.match(KEYWORDS)?.length ?? 0;
}
const v2 = summary(
  'judgeDisclosure (v2)',
  time(() => {
    sink += judge();
  }, 200),
  text.length,
);
summary(
  'scoreDisclosureV1 (v1)',
  time(() => {
    sink += scoreDisclosureV1(text).overall;
  }, 200),
  text.length,
);
const regex = summary(
  'plain keyword regex pass',
  time(() => {
    sink += text.match(KEYWORDS)?.length ?? 0;
  }, 2000),
  text.length,
);
const r = judgeDisclosure(text, { companyNames: names });
console.log(
  `text: ${text.length} chars, ${r.stats.sentences} sentences (${r.stats.distinctSentences} distinct), ${r.chains.length} chains; overall ${r.overall}`,
);
console.log(`v2 / regex time ratio: ${(v2.mean / regex.mean).toFixed(0)}x`);
// Hostile input at the API's size limit's half: an unclosed 「 followed by 100,000 。 (a quadratic search for 」
// once made this take about a minute), and 50,000 one-character lines.
for (const [label, hostile] of [
  ['hostile: 「 + 100,000 ×。', `「${'。'.repeat(100_000)}`],
  ['hostile: 50,000 lines of あ', 'あ\n'.repeat(50_000)],
] as const) {
  summary(
    label,
    time(() => {
      sink += judgeDisclosure(hostile).overall + 1;
    }, 3),
    hostile.length,
  );
  summary(
    `  plain regex, same text`,
    time(() => {
      sink += hostile.match(KEYWORDS)?.length ?? 0;
    }, 3),
    hostile.length,
  );
}
const pass = v2.p50 <= BUDGET_MS;
console.log(
  `${pass ? 'PASS' : 'FAIL'}: v2 p50 ${v2.p50.toFixed(2)} ms vs budget ${BUDGET_MS} ms (sink ${sink > 0 ? 'ok' : '0'})`,
);
process.exit(pass ? 0 : 1);

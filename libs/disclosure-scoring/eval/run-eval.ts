/**
 * Evaluates the v2 judgement beside v1, character count and keyword count on one rated split:
 * AUC strong-vs-weak, Spearman (strong=2/medium=1/weak=0), Spearman with length partialled out, per language
 * and per document type, and the calibration table. Writes a markdown block for docs/disclosure-scoring.md.
 *
 *   npm run eval:disclosure                      # development split (eval/corpus-v2/dev.jsonl)
 *   npm run eval:disclosure -- --split test      # frozen test split; verifies test.sha256 first
 *   npm run eval:disclosure -- --split test-v3   # the frozen test split of the v3 supplement (eval/corpus-v3)
 *   npm run eval:disclosure -- --split test-v4   # the v4 check set (eval/corpus-v4, all of it frozen as test)
 *   npm run eval:disclosure -- --split test-v5   # the v5 check set (eval/corpus-v5, all test; weak and medium only)
 *   npm run eval:disclosure -- --split test-all  # every frozen test split together (v2 + v3 + v4 + v5)
 *   npm run eval:disclosure -- --split legacy    # the first 42 passages (development only)
 *   npm run eval:disclosure -- --file some.jsonl
 *   options: --json, --verbose (per-passage rows; refused on test),
 *            --llm (also the LLM second opinion on the same passages; needs AI_REWRITE_URL + AI_REWRITE_MODEL, see llm-eval.ts)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALIBRATION_TABLE, judgeDisclosure, scoreDisclosureV1 } from '../src/index';
import { buildCalibration } from './calibrate';
import {
  CORPUS_DIR,
  LABEL_VALUE,
  SUPPLEMENT_DIRS,
  documentTypeOf,
  loadJsonl,
  loadLegacy,
  sha256,
  verifyTestHash,
  type EvalPassage,
} from './corpus';
import { wilson } from '../src/v2/calibration';
import { auc, partialSpearman, spearman } from './stats';
import { llmEndpointFromEnv, llmMarkdown, runLlm } from './llm-eval';

/** Baseline: plain count of rubric keywords ("keyword stuffing"). */
const KEYWORDS =
  /知的財産|知財|特許|商標|意匠|ブランド|ノウハウ|無形資産|ライセンス|IPランドスケープ|事業ポートフォリオ|中期経営計画|取締役会|投資|研究開発|競争優位|企業価値|KPI|intellectual property|\bIP\b|patent|trademark|brand|know-how|intangible|licens|landscape|portfolio|board|invest|R&D|competitive|corporate value/gi;
const keywordCount = (t: string): number => t.normalize('NFKC').match(KEYWORDS)?.length ?? 0;

interface Metrics {
  readonly n: number;
  readonly strong: number;
  readonly weak: number;
  readonly auc: number;
  readonly spearman: number;
  readonly partial: number;
}

function metrics(values: readonly number[], ps: readonly EvalPassage[]): Metrics {
  const labels = ps.map((p) => LABEL_VALUE[p.label]);
  const lengths = ps.map((p) => p.text.length);
  const pick = (l: string): number[] => ps.flatMap((p, i) => (p.label === l ? [values[i] ?? 0] : []));
  return {
    n: ps.length,
    strong: pick('strong').length,
    weak: pick('weak').length,
    auc: auc(pick('strong'), pick('weak')),
    spearman: ps.length > 2 ? spearman(values, labels) : Number.NaN,
    partial: ps.length > 3 ? partialSpearman(values, labels, lengths) : Number.NaN,
  };
}

const f3 = (x: number): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));

function parseArgs(argv: readonly string[]): {
  split: string;
  file?: string;
  json: boolean;
  verbose: boolean;
  llm: boolean;
} {
  const get = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    const a = argv[i] ?? '';
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
  };
  return {
    split: get('--split') ?? 'dev',
    file: get('--file'),
    json: argv.includes('--json'),
    verbose: argv.includes('--verbose'),
    llm: argv.includes('--llm'),
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const endpoint = args.llm ? llmEndpointFromEnv() : null;
  if (args.llm && !endpoint) {
    process.stderr.write(
      'error: --llm needs AI_REWRITE_URL and AI_REWRITE_MODEL (the endpoint the API uses); nothing was sent\n',
    );
    return 2;
  }
  let passages: EvalPassage[];
  let setName: string;
  let hashLine = '';
  if (args.file) {
    passages = loadJsonl(args.file);
    setName = args.file;
  } else if (args.split === 'legacy') {
    passages = loadLegacy();
    setName = 'legacy 42-passage set (eval/passages.json)';
  } else if (args.split === 'dev' || args.split === 'test') {
    const file = join(CORPUS_DIR, `${args.split}.jsonl`);
    if (!existsSync(file)) {
      process.stderr.write(`error: ${file} does not exist yet${args.split === 'dev' ? ' (try --split legacy)' : ''}\n`);
      return 2;
    }
    if (args.split === 'test') {
      const h = verifyTestHash(file);
      process.stdout.write(`test.jsonl sha256 ${h.actual}\nexpected (test.sha256) ${h.expected ?? 'missing'}\n`);
      if (!h.ok) {
        process.stderr.write('error: test.jsonl does not match test.sha256; refusing to evaluate\n');
        return 1;
      }
      hashLine = `test.jsonl SHA-256 \`${h.actual}\` (verified against test.sha256)`;
    } else {
      hashLine = `dev.jsonl SHA-256 \`${sha256(readFileSync(file))}\``;
    }
    passages = loadJsonl(file);
    setName = `${args.split} split (eval/corpus-v2/${args.split}.jsonl)`;
  } else if (args.split in SUPPLEMENT_DIRS || args.split === 'test-all') {
    const files =
      args.split === 'test-all'
        ? [CORPUS_DIR, ...Object.values(SUPPLEMENT_DIRS)].map((d) => join(d, 'test.jsonl'))
        : [join(SUPPLEMENT_DIRS[args.split] ?? '', 'test.jsonl')];
    const hashes: string[] = [];
    for (const file of files) {
      const h = verifyTestHash(file);
      if (!h.ok) {
        process.stderr.write(`error: ${file} does not match its test.sha256; refusing to evaluate\n`);
        return 1;
      }
      hashes.push(`\`${h.actual.slice(0, 16)}…\``);
    }
    hashLine = `SHA-256 ${hashes.join(' + ')} (verified against each split's test.sha256)`;
    passages = files.flatMap((f) => loadJsonl(f));
    setName =
      args.split === 'test-all'
        ? 'every frozen test split (corpus-v2 + corpus-v3 + corpus-v4 + corpus-v5)'
        : `test split of the ${args.split.slice(5)} supplement (eval/corpus-${args.split.slice(5)}/test.jsonl)`;
  } else {
    process.stderr.write(
      `error: --split must be dev, test, test-v3, test-v4, test-v5, test-all or legacy (got ${args.split})\n`,
    );
    return 2;
  }
  if (args.split.startsWith('test') && args.verbose) {
    process.stderr.write('error: --verbose is not allowed on the test split\n');
    return 2;
  }

  const t0 = performance.now();
  const v2 = passages.map((p) =>
    judgeDisclosure(p.text, {
      companyNames: p.company ? [p.company] : [],
      documentType: documentTypeOf(p.docType),
    }),
  );
  const ms = performance.now() - t0;
  const v1 = passages.map((p) => scoreDisclosureV1(p.text).overall);
  const cols: [string, number[]][] = [
    ['v2 (linkage judgement)', v2.map((r) => r.overall)],
    ['v1 (concreteness rules)', v1],
    ['character count', passages.map((p) => p.text.length)],
    ['keyword count', passages.map((p) => keywordCount(p.text))],
  ];
  const subsets: [string, (p: EvalPassage) => boolean][] = [
    ['all', () => true],
    ['ja', (p) => p.language === 'ja'],
    ['en', (p) => p.language === 'en'],
    ...[...new Set(passages.map((p) => p.docType))]
      .sort()
      .map((d): [string, (p: EvalPassage) => boolean] => [d, (p) => p.docType === d]),
  ];
  const rows = subsets.map(([name, pred]) => {
    const idx = passages.flatMap((p, i) => (pred(p) ? [i] : []));
    const ps = idx.map((i) => passages[i] as EvalPassage);
    return {
      subset: name,
      byScorer: cols.map(([c, vals]) => ({
        scorer: c,
        ...metrics(
          idx.map((i) => vals[i] ?? 0),
          ps,
        ),
      })),
    };
  });

  const v2Scores = v2.map((r) => r.overall);
  const table = buildCalibration(
    v2Scores,
    passages.map((p) => p.label),
    `${args.file ? 'file' : args.split}: ${passages.length} rated texts, ${new Date().toISOString().slice(0, 10)}`,
  );

  const date = new Date().toISOString().slice(0, 10);
  const md: string[] = [];
  md.push(`#### Evaluation ${date} — ${setName}`);
  md.push('');
  md.push(
    `${passages.length} passages (strong ${passages.filter((p) => p.label === 'strong').length}, medium ${passages.filter((p) => p.label === 'medium').length}, weak ${passages.filter((p) => p.label === 'weak').length}; ja ${passages.filter((p) => p.language === 'ja').length}, en ${passages.filter((p) => p.language === 'en').length}, ${new Set(passages.map((p) => p.company)).size} companies). ${hashLine}`,
  );
  md.push('');
  md.push('| subset | scorer | n | AUC strong vs weak | Spearman | Spearman, length partialled |');
  md.push('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    for (const m of r.byScorer)
      md.push(
        `| ${r.subset} | ${m.scorer} | ${m.n} (${m.strong}s/${m.weak}w) | ${f3(m.auc)} | ${f3(m.spearman)} | ${f3(m.partial)} |`,
      );
  md.push('');
  md.push(
    'Calibration of the v2 score on this set (grade bands from the isotonic fit of the label, weak 0 / medium 0.5 / strong 1; strong rate with its 95 % Wilson interval):',
  );
  md.push('');
  md.push('| grade | score band | n | strong | medium | weak | strong rate | 95 % interval |');
  md.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const b of table.bands) {
    const [lo, hi] = wilson(b.strong, b.n);
    md.push(
      `| ${b.grade} | ${b.min}-${b.max} | ${b.n} | ${b.strong} | ${b.medium} | ${b.weak} | ${b.n ? f3(b.strong / b.n) : 'n/a'} | ${f3(lo)}–${f3(hi)} |`,
    );
  }
  md.push('');
  // The bands users see (fitted on the analysts' sets), applied to this set: what a grade means on other texts.
  md.push(`The shipped grade bands (${CALIBRATION_TABLE.source}) on this set:`);
  md.push('');
  md.push('| grade | score band | n | strong | medium | weak | strong rate | 95 % interval |');
  md.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const b of CALIBRATION_TABLE.bands) {
    const inBand = passages.filter((_, i) => (v2Scores[i] ?? 0) >= b.min && (v2Scores[i] ?? 0) <= b.max);
    const count = (l: string) => inBand.filter((p) => p.label === l).length;
    const [lo, hi] = wilson(count('strong'), inBand.length);
    md.push(
      `| ${b.grade} | ${b.min}-${b.max} | ${inBand.length} | ${count('strong')} | ${count('medium')} | ${count('weak')} | ${inBand.length ? f3(count('strong') / inBand.length) : 'n/a'} | ${f3(lo)}–${f3(hi)} |`,
    );
  }
  md.push('');
  md.push(`v2 judged ${passages.length} passages in ${ms.toFixed(0)} ms.`);
  if (endpoint) {
    md.push('');
    md.push(
      llmMarkdown(
        await runLlm(endpoint, passages),
        passages,
        v2.map((r) => r.overall),
        endpoint.model,
      ),
    );
  }
  const markdown = md.join('\n');

  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({ set: setName, passages: passages.length, rows, calibration: table, ms: Math.round(ms) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${markdown}\n`);
  }
  if (!args.file) {
    mkdirSync(CORPUS_DIR, { recursive: true });
    const supplement = SUPPLEMENT_DIRS[args.split];
    const out = supplement ? join(supplement, 'results-test.md') : join(CORPUS_DIR, `results-${args.split}.md`);
    writeFileSync(out, `${markdown}\n`);
    process.stderr.write(`markdown written to ${out}\n`);
  }
  if (args.verbose) {
    process.stdout.write('\nid | label | v2 | v1 | chars | roles\n');
    passages
      .map((p, i) => ({ p, r: v2[i], v1: v1[i] }))
      .sort((a, b) => (b.r?.overall ?? 0) - (a.r?.overall ?? 0))
      .forEach(({ p, r, v1: s1 }) => {
        const roles = r?.sentences.map((s) => s.role.slice(0, 3)).join(',') ?? '';
        const links = r?.chains.map((c) => `[${c.links.join('+')}]`).join(' ') ?? '';
        process.stdout.write(`${p.id} | ${p.label} | ${r?.overall} | ${s1} | ${p.text.length} | ${links} | ${roles}\n`);
      });
  }
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});

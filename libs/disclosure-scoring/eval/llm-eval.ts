/**
 * The LLM second opinion evaluated on a rated split, beside v2: `npm run eval:disclosure -- --llm [--split …]`.
 * Needs AI_REWRITE_URL and AI_REWRITE_MODEL (and AI_REWRITE_API_KEY if the endpoint wants one) in the environment,
 * the same endpoint the API uses; without them it sends nothing and says so. One request per passage, two at a
 * time; a passage whose opinion is unavailable counts as missing (reported), never as a label.
 */
import { requestSecondOpinion, type SecondOpinionEndpoint } from '../src/second-opinion/request-second-opinion';
import type { SecondOpinionLabel } from '../src/second-opinion/second-opinion-types';
import { SecondOpinionError } from '../src/second-opinion/second-opinion-types';
import { LABEL_VALUE, type EvalPassage } from './corpus';
import { auc, partialSpearman, spearman } from './stats';

export function llmEndpointFromEnv(env: NodeJS.ProcessEnv = process.env): SecondOpinionEndpoint | null {
  const url = env['AI_REWRITE_URL'];
  const model = env['AI_REWRITE_MODEL'];
  if (!url || !model) return null;
  const timeout = Number(env['AI_SECOND_OPINION_TIMEOUT_MS'] ?? '');
  return {
    url,
    model,
    apiKey: env['AI_REWRITE_API_KEY'] || undefined,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 60_000,
  };
}

const SCORE: Record<SecondOpinionLabel, number> = { strong: 2, medium: 1, weak: 0 };

export interface LlmRun {
  /** The LLM's label as 2/1/0 per passage, or null when no opinion could be had. */
  readonly labels: readonly (number | null)[];
  readonly failures: Readonly<Record<string, number>>;
  readonly droppedQuotes: number;
  readonly ms: number;
}

export async function runLlm(
  endpoint: SecondOpinionEndpoint,
  passages: readonly EvalPassage[],
  concurrency = 2,
): Promise<LlmRun> {
  const t0 = performance.now();
  const labels: (number | null)[] = new Array<number | null>(passages.length).fill(null);
  const failures: Record<string, number> = {};
  let dropped = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < passages.length) {
      const i = next++;
      const p = passages[i] as EvalPassage;
      try {
        const o = await requestSecondOpinion(endpoint, p.text, p.language);
        labels[i] = SCORE[o.label];
        dropped += o.droppedQuotes;
      } catch (e) {
        const code = e instanceof SecondOpinionError ? e.code : 'ERROR';
        failures[code] = (failures[code] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { labels, failures, droppedQuotes: dropped, ms: performance.now() - t0 };
}

const f3 = (x: number): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));

/** Markdown rows: the LLM label and v2 on the passages the LLM answered, per language. */
export function llmMarkdown(
  run: LlmRun,
  passages: readonly EvalPassage[],
  v2: readonly number[],
  model: string,
): string {
  const lines: string[] = [];
  const answered = passages.flatMap((p, i) => (run.labels[i] === null ? [] : [i]));
  const failed =
    Object.entries(run.failures)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  lines.push(
    `LLM second opinion (model \`${model}\`): ${answered.length} of ${passages.length} passages answered (unavailable: ${failed}); ${run.droppedQuotes} quotes not found in the texts were dropped; ${(run.ms / 1000).toFixed(1)} s.`,
  );
  lines.push('');
  lines.push(
    '| subset | scorer | n | AUC strong vs weak | AUC medium vs weak | Spearman | Spearman, length partialled |',
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, pred] of [
    ['all', () => true],
    ['ja', (p: EvalPassage) => p.language === 'ja'],
    ['en', (p: EvalPassage) => p.language === 'en'],
  ] as const) {
    const idx = answered.filter((i) => pred(passages[i] as EvalPassage));
    const ps = idx.map((i) => passages[i] as EvalPassage);
    const labels = ps.map((p) => LABEL_VALUE[p.label]);
    const lengths = ps.map((p) => p.text.length);
    for (const [scorer, values] of [
      ['LLM label (strong 2 / medium 1 / weak 0)', idx.map((i) => run.labels[i] ?? 0)],
      ['v2 on the same passages', idx.map((i) => v2[i] ?? 0)],
    ] as const) {
      const pick = (l: string): number[] => ps.flatMap((p, k) => (p.label === l ? [values[k] ?? 0] : []));
      const row = [
        f3(auc(pick('strong'), pick('weak'))),
        f3(auc(pick('medium'), pick('weak'))),
        f3(ps.length > 2 ? spearman(values, labels) : Number.NaN),
        f3(ps.length > 3 ? partialSpearman(values, labels, lengths) : Number.NaN),
      ];
      lines.push(
        `| ${name} | ${scorer} | ${ps.length} (${pick('strong').length}s/${pick('weak').length}w) | ${row.join(' | ')} |`,
      );
    }
  }
  return lines.join('\n');
}

import { charNgrams } from './char-ngrams';
import { LINK_LIKENESS_MODEL } from './link-likeness-model';

/** One learned link: a bias and the weights of the hashed n-grams that carry it ([bucket, weight], by bucket). */
export interface LearnedLink {
  readonly bias: number;
  readonly weights: readonly (readonly [number, number])[];
}
export interface LinkLikenessModel {
  readonly trainedOn: string;
  readonly mechanism: LearnedLink;
  readonly value: LearnedLink;
}

/** How much a sentence reads like the analysts' "why it wins" (mechanism) or "what it brings" (value), 0..1. */
export interface LinkLikeness {
  readonly probability: number;
  /** The sentence (JudgedSentence.index) that reads most like it, or null when no sentence was read. */
  readonly sentence: number | null;
}

const tables = new Map<LearnedLink, Map<number, number>>();
function table(link: LearnedLink): Map<number, number> {
  let t = tables.get(link);
  if (!t) {
    t = new Map(link.weights.map(([j, w]) => [j, w]));
    tables.set(link, t);
  }
  return t;
}

function probability(link: LearnedLink, analysis: string): number {
  const grams = charNgrams(analysis);
  if (grams.length === 0) return 0;
  const t = table(link);
  let z = 0;
  for (const g of grams) z += t.get(g) ?? 0;
  return 1 / (1 + Math.exp(-(link.bias + z / Math.sqrt(grams.length))));
}

/**
 * The most mechanism-like and the most value-like sentence of a text, by a model learned from two analysts' marks on
 * real disclosures (eval/train-link-likeness.ts). It reads the sentences' analysis text (company names read as 当社),
 * each sentence on its own: the best sentence counts, so padding, repeats and the text's length add nothing by
 * themselves. The rules' chains stay the judgement; this is how it weighs words the lexicon has no cue for.
 */
export function linkLikeness(
  sentences: readonly { readonly index: number; readonly analysis: string }[],
  model: LinkLikenessModel = LINK_LIKENESS_MODEL,
): { readonly mechanism: LinkLikeness; readonly value: LinkLikeness } {
  const best = (link: LearnedLink): LinkLikeness => {
    let top: LinkLikeness = { probability: 0, sentence: null };
    for (const s of sentences) {
      const p = probability(link, s.analysis);
      if (p > top.probability) top = { probability: p, sentence: s.index };
    }
    return { probability: Math.round(top.probability * 1000) / 1000, sentence: top.sentence };
  };
  return { mechanism: best(model.mechanism), value: best(model.value) };
}

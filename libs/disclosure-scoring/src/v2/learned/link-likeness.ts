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

function probability(link: LearnedLink, analysis: string, names: readonly string[]): number {
  const grams = charNgrams(analysis, names);
  if (grams.length === 0) return 0;
  const t = table(link);
  let z = 0;
  for (const g of grams) z += t.get(g) ?? 0;
  return 1 / (1 + Math.exp(-(link.bias + z / Math.sqrt(grams.length))));
}

/**
 * The most mechanism-like and the most value-like sentence of a text, by a model learned from two analysts' marks on
 * real disclosures (eval/train-link-likeness.ts). It reads the sentences' analysis text without the company's names
 * or its word for itself (charNgrams), each sentence on its own: the best sentence counts, so padding, repeats and the text's length add nothing by
 * themselves. The rules' chains stay the judgement; this is how it weighs words the lexicon has no cue for.
 */
export function linkLikeness(
  sentences: readonly { readonly index: number; readonly analysis: string }[],
  names: readonly string[] = [],
  model: LinkLikenessModel = LINK_LIKENESS_MODEL,
): { readonly mechanism: LinkLikeness; readonly value: LinkLikeness } {
  const best = (link: LearnedLink): LinkLikeness => {
    let top: LinkLikeness = { probability: 0, sentence: null };
    for (const s of sentences) {
      const p = probability(link, s.analysis, names);
      if (p > top.probability) top = { probability: p, sentence: s.index };
    }
    return { probability: Math.round(top.probability * 1000) / 1000, sentence: top.sentence };
  };
  return { mechanism: best(model.mechanism), value: best(model.value) };
}

/** A detected name that is a company's name with its legal form (ACME株式会社, Acme Corporation), not a name-like word. */
const LEGAL_FORM_END =
  /(?:株式会社|有限会社|合同会社|ホールディングス|グループ|corporation|incorporated|inc\.?|co\., ?ltd\.?|ltd\.?|plc|gmbh|ag)$/iu;

/**
 * The names the learned reading leaves out: the ones the profile gives, and detected ones that end in a legal form
 * (a name glued to the next word stays in the analysis text, 「ACME株式会社医療機器事業では」). Detection also offers
 * name-like business words (医療機器事業 after 株式会社), which are content and stay.
 */
export function learnedNames(given: readonly string[], detected: readonly string[]): string[] {
  return [...given, ...detected.filter((n) => LEGAL_FORM_END.test(n.trim()))];
}

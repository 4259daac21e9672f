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
  /** The whole text read at once: rated at least medium, and strong, by two analysts (mean of their labels, v2.51). */
  readonly passage: { readonly medium: LearnedLink; readonly strong: LearnedLink };
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
  return probabilityOfGrams(link, charNgrams(analysis, names));
}

function probabilityOfGrams(link: LearnedLink, grams: readonly number[]): number {
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

/**
 * The register a claim is told in — 確保しています / 確保を目指しています, "we secure" / "we aim to secure", polite endings —
 * left out of the whole-text reading: the issue asks that a strategy told as an intention keep its credit, and the
 * analysts' labels must not teach the reading otherwise.
 */
const REGISTER_G =
  /(?:(?:る|く|す)こと)?(?:を|の|に)?(?:目指(?:し|す)|図(?:り|る|って)|考え(?:て|る)|まいり|努め|取り?組(?:ん|み|む))[\u3040-\u309f]*|(?:し)?て(?:います|おります|いる|おる)|(?:ます|です|ました|でした)(?=[。．.]?$|[。．、,])|\bwe (?:will|aim to|plan to|intend to|seek to|strive to)\b|\bwill\b|\baims? to\b/gu;
const registerFree = (analysis: string): string => analysis.replace(REGISTER_G, ' ');

/**
 * The n-grams of several sentences as one set, their register left out: the whole text read at once, saying a thing
 * twice adds nothing.
 */
export function passageGrams(
  sentences: readonly { readonly analysis: string }[],
  names: readonly string[] = [],
): number[] {
  const set = new Set<number>();
  for (const s of sentences) for (const g of charNgrams(registerFree(s.analysis), names)) set.add(g);
  return [...set].sort((a, b) => a - b);
}

/**
 * How much a text, read whole, reads like the passages two analysts rated at least medium and strong (0..1 each), by
 * a model learned from their labels (eval/train-link-likeness.ts), and how many distinct n-grams it read (grams). The
 * caller passes judge-disclosure.ts passageSentences (v2.52): general sentences, risk lines, hollow claims and repeats
 * are not read, so padding with boilerplate and repeating add nothing.
 */
export function passageLikeness(
  sentences: readonly { readonly analysis: string }[],
  names: readonly string[] = [],
  model: LinkLikenessModel = LINK_LIKENESS_MODEL,
): { readonly medium: number; readonly strong: number; readonly grams: number } {
  const grams = passageGrams(sentences, names);
  const round = (p: number): number => Math.round(p * 1000) / 1000;
  return {
    medium: round(probabilityOfGrams(model.passage.medium, grams)),
    strong: round(probabilityOfGrams(model.passage.strong, grams)),
    grams: grams.length,
  };
}

/** A detected name that is a company's name with its legal form (ACME株式会社, Acme Corporation), not a name-like word. */
const LEGAL_FORM_END =
  /(?:株式会社|有限会社|合同会社|ホールディングス|グループ|corporation|incorporated|inc\.?|co\., ?ltd\.?|ltd\.?|plc|gmbh|ag)$|^(?:株式会社|有限会社|合同会社)\S/iu;

/**
 * The names the learned reading leaves out: the ones the profile gives, and detected ones that end in a legal form
 * (a name glued to the next word stays in the analysis text, 「ACME株式会社医療機器事業では」). Detection also offers
 * name-like business words (医療機器事業 after 株式会社), which are content and stay.
 */
export function learnedNames(given: readonly string[], detected: readonly string[]): string[] {
  return [...given, ...detected.filter((n) => LEGAL_FORM_END.test(n.trim()))];
}

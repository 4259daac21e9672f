import type { DraftLanguage } from '../model/draft';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const JA_TERMINAL = /[。．！？!?]$/;
const EN_TERMINAL = /[.!?]$/;

export function hasJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

/** Free text as a sentence of its own: trimmed, with the closing punctuation it lacked (so it never runs on). */
export function asSentence(text: string, lang: DraftLanguage): string {
  const t = text.trim().replace(/\s*\n+\s*/g, lang === 'ja' ? '' : ' ');
  if (lang === 'ja') return JA_TERMINAL.test(t) ? t : `${t}。`;
  return EN_TERMINAL.test(t) ? t : `${t}.`;
}

/** Free text as a clause inside a frame: without its closing punctuation (the frame adds its own). */
export function asClause(text: string): string {
  return text
    .trim()
    .replace(/\s*\n+\s*/g, ' ')
    .replace(/[。．.]+$/, '');
}

/**
 * Japanese predicate endings: a clause entered by the user that already ends in a verb or copula can close a
 * sentence; anything else is a noun phrase and needs a frame that supplies the predicate.
 */
const JA_PREDICATE =
  /(ます|ました|ません|です|でした|ている|ていた|する|した|される|された|できる|できた|なる|なった|ある|あった|ない|なかった|いる|いた|れる|せる|える|ける|げる|てる|める|ねる|べる|る|う|く|ぐ|す|つ|ぬ|ぶ|む|だ|た|い)$/;

export function endsWithPredicate(text: string): boolean {
  return JA_PREDICATE.test(asClause(text).replace(/[）)」』]+$/, ''));
}

/** A Japanese sentence (without trailing parentheticals) that ends in a predicate, not a noun phrase. */
export function jaSentenceEndsWell(sentence: string): boolean {
  const core = sentence
    .trim()
    .replace(/。$/, '')
    .replace(/[（(][^（）()]*[）)]$/, '')
    .replace(/[」』]$/, '');
  return JA_PREDICATE.test(core);
}

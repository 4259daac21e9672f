import type { LocalizedText } from '@ipgn/assessment';
import type { Run } from '../model/draft';
import { asClause, endsWithPredicate, hasJapanese } from './free-text';
import type { Fill } from './writer';
import type { DraftWriter } from './writer';

/**
 * A free-text answer to quote in the draft's language. In an English draft, Japanese text is not pasted: it
 * becomes a slot asking for the translation (with the original in the label), so nothing unreadable is published.
 */
export function answerText(w: DraftWriter, text: string, questionId: string): Fill {
  const clause = asClause(text);
  if (w.lang === 'ja' || !hasJapanese(clause)) return clause;
  const slot: Run = {
    kind: 'slot',
    slotId: `translate.${questionId}`,
    label: { ja: `英訳してください：「${clause}」`, en: `Translate into English: 「${clause}」` },
  };
  return [slot];
}

/** A fact's text in the draft language, as a clause (no closing 。 of its own). */
export function factClause(w: DraftWriter, text: LocalizedText): string {
  return asClause(w.l(text));
}

/** Whether a Japanese fact text can close a sentence (a clause) or needs a frame that supplies the predicate. */
export function isClause(text: LocalizedText): boolean {
  return endsWithPredicate(text.ja);
}

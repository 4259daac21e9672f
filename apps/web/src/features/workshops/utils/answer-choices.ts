import type { Locale } from '@ipgn/contracts';
import type { Question } from '@ipgn/assessment';

export interface AnswerChoice {
  /** The distribution key: the maturity level ('0'–'4') or the option id. */
  key: string;
  label: string;
  /** The ladder's anchor text for this level (maturity questions only). */
  anchor?: string;
}

/** The answers a workshop question offers, in the order the API counts them. */
export function answerChoices(
  question: Question,
  locale: Locale,
  levelLabel: (level: number) => string,
): AnswerChoice[] {
  if (question.type === 'maturity')
    return question.levels.map((text, level) => ({
      key: String(level),
      label: levelLabel(level),
      anchor: text[locale],
    }));
  if (question.type === 'single' || question.type === 'multiple')
    return question.options.map((o) => ({ key: o.id, label: o.label[locale] }));
  return [];
}

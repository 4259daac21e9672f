import type { AnswerValue, Question } from '@ipgn/assessment';
import type { Locale } from '@ipgn/contracts';

/** A readable answer (option labels, ladder level with its anchor), or null when there is none. */
export function formatAnswer(question: Question, value: AnswerValue | null | undefined, locale: Locale): string | null {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0) || value === '')
    return null;
  switch (question.type) {
    case 'maturity': {
      const level = Number(value);
      const anchor = question.levels[level as 0 | 1 | 2 | 3 | 4];
      return anchor ? `${level} — ${anchor[locale]}` : String(value);
    }
    case 'single':
      return question.options.find((o) => o.id === value)?.label[locale] ?? String(value);
    case 'multiple':
      return (Array.isArray(value) ? value : [String(value)])
        .map((id) => question.options.find((o) => o.id === id)?.label[locale] ?? id)
        .join(', ');
    case 'currency':
      return `${String(value)} ${question.unitLabel[locale]}`;
    case 'percentage':
      return `${String(value)} %`;
    case 'number':
      return question.unit ? `${String(value)} ${question.unit[locale]}` : String(value);
    default:
      return String(value);
  }
}

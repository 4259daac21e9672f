import type { AnswerValue, Locale, Question } from '@ipgn/assessment';
import { num, text, type ReportCell } from './report-model';

/** A readable answer: option labels instead of ids, "3 / 4 — anchor" for a maturity ladder, the unit for amounts. */
export function formatAnswer(q: Question, value: AnswerValue, locale: Locale): string {
  switch (q.type) {
    case 'maturity': {
      const level = typeof value === 'number' ? value : Number(value);
      return `${level} / 4 — ${q.levels[level as 0 | 1 | 2 | 3 | 4]?.[locale] ?? ''}`;
    }
    case 'single':
      return q.options.find((o) => o.id === value)?.label[locale] ?? String(value);
    case 'multiple':
      return (Array.isArray(value) ? value : [String(value)])
        .map((id) => q.options.find((o) => o.id === id)?.label[locale] ?? id)
        .join('; ');
    case 'currency':
      return `${String(value)} ${q.unitLabel[locale]}`;
    case 'percentage':
      return `${String(value)} %`;
    case 'number':
      return q.unit ? `${String(value)} ${q.unit[locale]}` : String(value);
    default:
      return String(value);
  }
}

const asNumber = (value: AnswerValue): number | null => {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : null;
};

/** The answer as a typed cell: a number (level, amount, percentage, count) where the question asks for one. */
export function answerCell(q: Question, value: AnswerValue, locale: Locale): ReportCell {
  if (q.type === 'maturity' || q.type === 'currency' || q.type === 'percentage' || q.type === 'number') {
    const n = asNumber(value);
    if (n !== null) return num(n, Number.isInteger(n) ? 0 : 2);
  }
  return text(formatAnswer(q, value, locale));
}

/** What a numeric answer means: the ladder level with its anchor, or the unit; empty for text and choices. */
export function answerMeaning(q: Question, value: AnswerValue, locale: Locale): string {
  switch (q.type) {
    case 'currency':
      return q.unitLabel[locale];
    case 'percentage':
      return '%';
    case 'number':
      return q.unit?.[locale] ?? '';
    case 'maturity':
      return formatAnswer(q, value, locale);
    default:
      return '';
  }
}

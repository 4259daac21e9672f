import { AnswerValue } from '../../bank/answer';
import { Question } from '../../bank/question';
import { LocalizedText, t } from '../../i18n/localized-text';

/** The words of the answer the owner chose (an option label or a ladder anchor); null for other types. */
export function answerLabel(q: Question, value: AnswerValue | undefined): LocalizedText | null {
  if (value === undefined || value === null) return null;
  if (q.type === 'maturity' && typeof value === 'number') return q.levels[value] ?? null;
  if (q.type === 'single' && typeof value === 'string') return q.options.find((o) => o.id === value)?.label ?? null;
  if (q.type === 'multiple' && Array.isArray(value)) {
    const labels = q.options.filter((o) => value.includes(o.id)).map((o) => o.label);
    return labels.length ? t(labels.map((l) => l.ja).join('、'), labels.map((l) => l.en).join(', ')) : null;
  }
  if (q.type === 'text' && typeof value === 'string') return t(value, value);
  return null;
}

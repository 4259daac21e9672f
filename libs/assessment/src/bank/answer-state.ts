import { AnswerValue } from './answer';

/** An answer counts as given when it is a number, a non-blank string, or a non-empty selection. */
export function isAnswered(value: AnswerValue | null | undefined): value is AnswerValue {
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.trim().length > 0;
  return value.length > 0;
}

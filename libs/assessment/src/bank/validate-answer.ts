import { LocalizedText, t } from '../i18n/localized-text';
import { AnswerValue } from './answer';
import { ChoiceQuestion, Question } from './question';

export const ANSWER_ERROR_CODES = [
  'invalid-type',
  'not-integer',
  'out-of-range',
  'unknown-option',
  'duplicate-option',
  'exclusive-option-combined',
  'too-long',
  'invalid-url',
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

export interface AnswerValidationError {
  readonly questionId: string;
  readonly code: AnswerErrorCode;
  readonly message: LocalizedText;
}

/** `value` is the normalised answer; `null` means "cleared" (null, blank text or an empty selection). */
export type AnswerValidationResult =
  | { readonly ok: true; readonly value: AnswerValue | null }
  | { readonly ok: false; readonly error: AnswerValidationError };

const MAX_URL_LENGTH = 2048;

const MESSAGES: Readonly<Record<AnswerErrorCode, LocalizedText>> = {
  'invalid-type': t('回答の形式が設問の種類と合いません。', 'The answer’s type does not match the question type.'),
  'not-integer': t('整数で入力してください。', 'Enter a whole number.'),
  'out-of-range': t('入力できる範囲を外れています。', 'The value is outside the allowed range.'),
  'unknown-option': t('存在しない選択肢です。', 'This option does not exist.'),
  'duplicate-option': t('同じ選択肢が重複しています。', 'The same option is selected twice.'),
  'exclusive-option-combined': t('この選択肢は他の選択肢と同時に選べません。', 'This option cannot be combined with others.'),
  'too-long': t('文字数が上限を超えています。', 'The text is too long.'),
  'invalid-url': t('http(s)で始まる正しいURLを入力してください。', 'Enter a valid URL starting with http(s).'),
};

function fail(question: Question, code: AnswerErrorCode): AnswerValidationResult {
  return { ok: false, error: { questionId: question.id, code, message: MESSAGES[code] } };
}

function ok(value: AnswerValue | null): AnswerValidationResult {
  return { ok: true, value };
}

function validateNumber(question: Question, value: unknown, min: number, max: number, integer: boolean): AnswerValidationResult {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(question, 'invalid-type');
  if (integer && !Number.isInteger(value)) return fail(question, 'not-integer');
  if (value < min || value > max) return fail(question, 'out-of-range');
  return ok(value);
}

function validateChoice(question: ChoiceQuestion, value: unknown): AnswerValidationResult {
  // Option lists are short; a linear scan beats building a Set on every call.
  const known = (id: string): boolean => question.options.some((o) => o.id === id);
  if (question.type === 'single') {
    if (typeof value !== 'string') return fail(question, 'invalid-type');
    return known(value) ? ok(value) : fail(question, 'unknown-option');
  }
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) return fail(question, 'invalid-type');
  if (value.length === 0) return ok(null);
  if (!value.every(known)) return fail(question, 'unknown-option');
  if (new Set(value).size !== value.length) return fail(question, 'duplicate-option');
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
  if (value.length > 1 && value.some((v) => exclusive.includes(v))) return fail(question, 'exclusive-option-combined');
  return ok([...value]);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks a raw (e.g. JSON-decoded) value against a question. The API answers 400 with `error.code` as the
 * field error when `ok` is false. Null, undefined, blank text and empty selections are valid and mean "clear".
 */
export function validateAnswer(question: Question, value: unknown): AnswerValidationResult {
  if (value === null || value === undefined) return ok(null);
  switch (question.type) {
    case 'maturity':
      return validateNumber(question, value, 0, 4, true);
    case 'single':
    case 'multiple':
      return validateChoice(question, value);
    case 'number':
      return validateNumber(question, value, question.min, question.max, question.integer);
    case 'currency':
      return validateNumber(question, value, question.min, Number.MAX_SAFE_INTEGER, false);
    case 'percentage':
      return validateNumber(question, value, question.min, question.max, false);
    case 'text': {
      if (typeof value !== 'string') return fail(question, 'invalid-type');
      if (value.trim().length === 0) return ok(null);
      return value.length > question.maxLength ? fail(question, 'too-long') : ok(value);
    }
    case 'evidence': {
      if (typeof value !== 'string') return fail(question, 'invalid-type');
      const url = value.trim();
      if (url.length === 0) return ok(null);
      if (url.length > MAX_URL_LENGTH) return fail(question, 'too-long');
      return isHttpUrl(url) ? ok(url) : fail(question, 'invalid-url');
    }
  }
}

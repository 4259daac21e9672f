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

/** The longest evidence URL an answer may hold. */
export const MAX_URL_LENGTH = 2048;

const ja = (n: number) => n.toLocaleString('ja-JP');
const en = (n: number) => n.toLocaleString('en-US');

/** What was wrong and the limit that was broken, in both languages: "0 以上で入力してください（単位: 百万円）". */
function messageFor(question: Question, code: AnswerErrorCode, value: unknown): LocalizedText {
  switch (code) {
    case 'invalid-type':
      if (question.type === 'maturity') return t('0〜4 のレベルで答えてください。', 'Answer with a level from 0 to 4.');
      return question.type === 'number' || question.type === 'currency' || question.type === 'percentage'
        ? t('数値で入力してください（例: 3,000）。', 'Enter a number (for example 3,000).')
        : t('回答の形式が設問の種類と合いません。', 'The answer’s type does not match the question type.');
    case 'not-integer':
      return t('整数で入力してください（小数は使えません）。', 'Enter a whole number (no decimals).');
    case 'out-of-range': {
      const range = rangeOf(question);
      if (!range) return t('入力できる範囲を外れています。', 'The value is outside the allowed range.');
      const unitJa = range.unit ? `（単位: ${range.unit.ja}）` : '';
      const unitEn = range.unit ? ` (unit: ${range.unit.en})` : '';
      return range.max === undefined
        ? t(
            `${ja(range.min)} 以上の値を入力してください${unitJa}。`,
            `Enter a value of at least ${en(range.min)}${unitEn}.`,
          )
        : t(
            `${ja(range.min)}〜${ja(range.max)} の範囲で入力してください${unitJa}。`,
            `Enter a value from ${en(range.min)} to ${en(range.max)}${unitEn}.`,
          );
    }
    case 'unknown-option':
      return t('存在しない選択肢です。', 'This option does not exist.');
    case 'duplicate-option':
      return t('同じ選択肢が重複しています。', 'The same option is selected twice.');
    case 'exclusive-option-combined':
      return t('この選択肢は他の選択肢と同時に選べません。', 'This option cannot be combined with others.');
    case 'too-long': {
      const limit = question.type === 'text' ? question.maxLength : MAX_URL_LENGTH;
      const length = typeof value === 'string' ? value.length : 0;
      return t(
        `${ja(limit)} 文字以内で入力してください（現在 ${ja(length)} 文字）。`,
        `Use at most ${en(limit)} characters (now ${en(length)}).`,
      );
    }
    case 'invalid-url':
      return t(
        'http:// または https:// で始まるURLを入力してください（例: https://example.co.jp/ir）。',
        'Enter a URL starting with http:// or https:// (for example https://example.com/ir).',
      );
  }
}

function rangeOf(question: Question): { min: number; max?: number; unit?: LocalizedText } | null {
  switch (question.type) {
    case 'maturity':
      return { min: 0, max: 4 };
    case 'number':
      return { min: question.min, max: question.max, unit: question.unit };
    case 'currency':
      return { min: question.min, unit: question.unitLabel };
    case 'percentage':
      return { min: question.min, max: question.max, unit: t('%', '%') };
    default:
      return null;
  }
}

function fail(question: Question, code: AnswerErrorCode, value?: unknown): AnswerValidationResult {
  return { ok: false, error: { questionId: question.id, code, message: messageFor(question, code, value) } };
}

function ok(value: AnswerValue | null): AnswerValidationResult {
  return { ok: true, value };
}

function validateNumber(
  question: Question,
  value: unknown,
  min: number,
  max: number,
  integer: boolean,
): AnswerValidationResult {
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
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string'))
    return fail(question, 'invalid-type');
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
      return value.length > question.maxLength ? fail(question, 'too-long', value) : ok(value);
    }
    case 'evidence': {
      if (typeof value !== 'string') return fail(question, 'invalid-type');
      const url = value.trim();
      if (url.length === 0) return ok(null);
      if (url.length > MAX_URL_LENGTH) return fail(question, 'too-long', url);
      return isHttpUrl(url) ? ok(url) : fail(question, 'invalid-url');
    }
  }
}

/**
 * Numbers as people type them in Japanese forms: 「3,000」, 「21,500」, full-width 「３０００」, 「1.5億」, 「3万」,
 * a minus sign of any width, and (where a year is meant) 「2028年度」, 「FY2028」, 「令和10年度」.
 * Both the web app (what a field accepts) and the API (what a body may carry) use this one reading.
 * Exponents (「1e400」), Infinity and NaN are never numbers here: people do not type them, and reading them
 * would turn a typo into a wiped or absurd value.
 */

export type TypedNumberProblem = 'not-a-number' | 'too-large';

export type TypedNumberResult =
  { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly problem: TypedNumberProblem };

export interface TypedNumberOptions {
  /** A fiscal year is meant: also read 「2028年度」, 「2028年」, 「FY2028」 and 令和/平成 years; the result is an integer. */
  readonly year?: boolean;
  /** A trailing 「%」/「％」 is allowed (percentage answers). */
  readonly percent?: boolean;
}

const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
const ERAS: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988 };

/** Full-width forms to ASCII (NFKC), and the minus signs people paste (−, ‐, ー after a digit is not one). */
function normalise(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014\uFE63]/g, '-')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Digits with optional thousands separators in groups of three, optional decimals. */
const PLAIN = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

function readPlain(text: string): number | 'invalid' {
  const m = PLAIN.exec(text);
  if (!m) return 'invalid';
  const digits = m[2].replace(/,/g, '') + (m[3] ? `.${m[3]}` : '');
  const value = Number(digits);
  return m[1] === '-' ? -value : value;
}

function readYear(text: string): number | 'invalid' | null {
  const fy = /^(?:FY|fy|Fy)\s?(\d{4})$/.exec(text) ?? /^(\d{4})\s?年度?$/.exec(text);
  if (fy) return Number(fy[1]);
  const era = /^(令和|平成)\s?(元|\d{1,2})\s?年度?$/.exec(text);
  if (era) return ERAS[era[1]] + (era[2] === '元' ? 1 : Number(era[2]));
  return null;
}

/** Reads one typed number; blank is `null` (the field is cleared), anything unreadable is a problem, never 0. */
export function parseTypedNumber(raw: string, options: TypedNumberOptions = {}): TypedNumberResult {
  let text = normalise(raw);
  if (text === '') return { ok: true, value: null };
  if (options.year) {
    const year = readYear(text);
    if (year !== null) return year === 'invalid' ? { ok: false, problem: 'not-a-number' } : { ok: true, value: year };
  }
  if (options.percent) text = text.replace(/\s?%$/, '');
  let multiplier = 1;
  const unit = /^(.*?)\s?(万|億|兆)$/.exec(text);
  if (unit) {
    text = unit[1];
    multiplier = MULTIPLIERS[unit[2]];
  }
  const value = readPlain(text);
  if (value === 'invalid') return { ok: false, problem: 'not-a-number' };
  const scaled = value * multiplier;
  if (!Number.isFinite(scaled) || Math.abs(scaled) > Number.MAX_SAFE_INTEGER)
    return { ok: false, problem: 'too-large' };
  // 1.5億 is 150000000 exactly, not 150000000.00000003.
  const rounded = multiplier === 1 ? scaled : Number(scaled.toPrecision(15));
  if (options.year && !Number.isInteger(rounded)) return { ok: false, problem: 'not-a-number' };
  return { ok: true, value: Object.is(rounded, -0) ? 0 : rounded };
}

/** True for a value a JSON body may carry as a number: finite (JSON cannot say Infinity; 1e400 parses to it). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

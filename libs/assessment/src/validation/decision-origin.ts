/**
 * Where a validation decision was made: the round (1, 2, 3… of the track) and the fiscal year (Japanese 年度: fiscal
 * year N starts in calendar year N) it fell in. A decision carried into a later round keeps its origin, so the
 * reviewer and the member see "accepted in round 1 (FY2025)" rather than taking it for this round's decision.
 */
export interface DecisionOrigin {
  readonly round: number;
  readonly fiscalYear: number;
}

/** Decisions are dated in the organization's time zone (every organization is in Japan). */
export const DECISION_TIME_ZONE = 'Asia/Tokyo';

const parts = new Intl.DateTimeFormat('en-CA', { timeZone: DECISION_TIME_ZONE, year: 'numeric', month: 'numeric' });

/**
 * The fiscal year a moment falls in, for a fiscal year ending in `fiscalYearEndMonth` (1–12): with a March year end,
 * 2026-02-10 is in FY2025 and 2026-04-01 in FY2026; with a December year end the fiscal year is the calendar year.
 */
export function fiscalYearOf(at: Date, fiscalYearEndMonth: number): number {
  const p = parts.formatToParts(at);
  const year = Number(p.find((x) => x.type === 'year')?.value);
  const month = Number(p.find((x) => x.type === 'month')?.value);
  if (fiscalYearEndMonth >= 12) return year;
  return month > fiscalYearEndMonth ? year : year - 1;
}

/** Smallest and largest round number and fiscal year accepted from a file. */
export const ORIGIN_ROUND_MAX = 9999;
export const ORIGIN_FISCAL_YEAR_MIN = 1900;
export const ORIGIN_FISCAL_YEAR_MAX = 2200;

/** A well-formed origin from raw (file) input, or null. */
export function readDecisionOrigin(raw: unknown): DecisionOrigin | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { round, fiscalYear } = raw as Record<string, unknown>;
  if (typeof round !== 'number' || !Number.isInteger(round) || round < 1 || round > ORIGIN_ROUND_MAX) return null;
  if (
    typeof fiscalYear !== 'number' ||
    !Number.isInteger(fiscalYear) ||
    fiscalYear < ORIGIN_FISCAL_YEAR_MIN ||
    fiscalYear > ORIGIN_FISCAL_YEAR_MAX
  )
    return null;
  return { round, fiscalYear };
}

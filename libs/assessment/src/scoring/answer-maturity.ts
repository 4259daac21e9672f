import { AnswerValue } from '../bank/answer';
import { NumericBand, Question } from '../bank/question';

/** One ladder step is worth 25 points: levels 0–4 map to 0/25/50/75/100. */
export const POINTS_PER_LEVEL = 25;
export const MAX_LEVEL = 4;

function band(bands: readonly NumericBand[], value: number): number | null {
  let level: number | null = null;
  for (const b of bands) if (value >= b.min) level = b.maturity;
  return level;
}

/** Whether a question feeds scores at all (facts and free text do not). */
export function isScorable(question: Question): boolean {
  switch (question.type) {
    case 'maturity':
      return true;
    case 'single':
    case 'multiple':
      return question.options.some((o) => o.maturity !== undefined);
    case 'number':
    case 'percentage':
      return question.bands !== undefined && question.bands.length > 0;
    default:
      return false;
  }
}

/**
 * A validated answer on the 0–100 maturity scale, or null when the question is not scored.
 * Multiple choice adds up the selected options' levels, capped at the top of the ladder.
 */
export function answerMaturity(question: Question, value: AnswerValue): number | null {
  switch (question.type) {
    case 'maturity':
      return typeof value === 'number' ? value * POINTS_PER_LEVEL : null;
    case 'single': {
      const level = question.options.find((o) => o.id === value)?.maturity;
      return level === undefined ? null : level * POINTS_PER_LEVEL;
    }
    case 'multiple': {
      if (!isScorable(question) || !Array.isArray(value)) return null;
      const sum = question.options.filter((o) => value.includes(o.id)).reduce((s, o) => s + (o.maturity ?? 0), 0);
      return Math.min(MAX_LEVEL, sum) * POINTS_PER_LEVEL;
    }
    case 'number':
    case 'percentage': {
      if (!question.bands || typeof value !== 'number') return null;
      const level = band(question.bands, value);
      return level === null ? null : level * POINTS_PER_LEVEL;
    }
    default:
      return null;
  }
}

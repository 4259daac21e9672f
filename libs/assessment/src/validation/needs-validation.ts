import { AnswerValue } from '../bank/answer';
import { Question } from '../bank/question';
import { answerMaturity, POINTS_PER_LEVEL } from '../scoring/answer-maturity';
import { EVIDENCE_REQUIRED_FROM_LEVEL } from './answer-review';

/**
 * Whether an answer needs a reviewer's acceptance before it counts: a scored answer whose ladder level is at or
 * above EVIDENCE_REQUIRED_FROM_LEVEL. Low claims, facts and free text need no evidence (nobody overstates "we
 * have nothing").
 */
export function needsValidation(question: Question, value: AnswerValue | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  const maturity = answerMaturity(question, value);
  return maturity !== null && maturity >= EVIDENCE_REQUIRED_FROM_LEVEL * POINTS_PER_LEVEL;
}

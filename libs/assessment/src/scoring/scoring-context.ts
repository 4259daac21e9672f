import { AnswerValue, Answers } from '../bank/answer';
import { isAnswered } from '../bank/answer-state';
import { AssessmentProfile } from '../bank/assessment-profile';
import { Question } from '../bank/question';
import { getQuestion, questionsForTrack } from '../bank/question-bank';
import { Track } from '../bank/track';
import { AnswerErrorCode, validateAnswer } from '../bank/validate-answer';
import { visibleQuestions } from '../bank/visible-questions';
import { answerMaturity, isScorable } from './answer-maturity';

export type IgnoredAnswerReason = 'unknown-question' | 'not-in-track' | 'hidden' | AnswerErrorCode;

/** An answer left out of scoring, and why (e.g. a leftover from a branch that is now hidden). */
export interface IgnoredAnswer {
  readonly questionId: string;
  readonly reason: IgnoredAnswerReason;
}

/** Everything a rule needs, computed once per scoring run. */
export interface ScoringContext {
  readonly track: Track;
  readonly profile: AssessmentProfile;
  readonly visible: readonly Question[];
  /** Visible scorable questions, answered or not. */
  readonly scorable: readonly Question[];
  /** Valid answers to visible questions. */
  readonly answers: ReadonlyMap<string, AnswerValue>;
  /** Maturity 0–100 of each answered scorable question. */
  readonly maturity: ReadonlyMap<string, number>;
  readonly ignored: readonly IgnoredAnswer[];
}

export function buildScoringContext(track: Track, rawAnswers: Answers, profile: AssessmentProfile, bankVersion?: string): ScoringContext {
  const ignored: IgnoredAnswer[] = [];
  const valid: Record<string, AnswerValue> = {};
  const trackQuestions = new Map(questionsForTrack(track, bankVersion).map((q) => [q.id, q]));

  for (const [id, raw] of Object.entries(rawAnswers)) {
    if (!isAnswered(raw)) continue;
    const q = trackQuestions.get(id);
    if (!q) {
      ignored.push({ questionId: id, reason: getQuestion(id) ? 'not-in-track' : 'unknown-question' });
      continue;
    }
    const result = validateAnswer(q, raw);
    if (!result.ok) ignored.push({ questionId: id, reason: result.error.code });
    else if (result.value !== null) valid[id] = result.value;
  }

  const visible = visibleQuestions(track, valid, profile, bankVersion);
  const visibleIds = new Set(visible.map((q) => q.id));
  const answers = new Map<string, AnswerValue>();
  for (const [id, value] of Object.entries(valid)) {
    if (visibleIds.has(id)) answers.set(id, value);
    else ignored.push({ questionId: id, reason: 'hidden' });
  }

  const scorable = visible.filter(isScorable);
  const maturity = new Map<string, number>();
  for (const q of scorable) {
    const value = answers.get(q.id);
    if (value === undefined) continue;
    const m = answerMaturity(q, value);
    if (m !== null) maturity.set(q.id, m);
  }
  return { track, profile, visible, scorable, answers, maturity, ignored };
}

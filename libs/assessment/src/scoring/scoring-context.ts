import { AnswerValue, Answers } from '../bank/answer';
import { isAnswered } from '../bank/answer-state';
import { AssessmentProfile } from '../bank/assessment-profile';
import { Question } from '../bank/question';
import { getQuestion, questionsForTrack } from '../bank/question-bank';
import { Track } from '../bank/track';
import { AnswerErrorCode, validateAnswer } from '../bank/validate-answer';
import { visibleQuestions } from '../bank/visible-questions';
import { AssessmentScope } from '../planning/assessment-scope';
import { AssessmentTargets } from '../planning/assessment-targets';
import { POINTS_PER_LEVEL, answerMaturity, isScorable } from './answer-maturity';

export type IgnoredAnswerReason = 'unknown-question' | 'not-in-track' | 'hidden' | 'out-of-scope' | AnswerErrorCode;

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
  /** Target maturity 0–100 per visible scorable question that has one (question target, else its module's). */
  readonly targets: ReadonlyMap<string, number>;
  /** Visible questions left out because they (or their module) are out of scope. */
  readonly excluded: readonly Question[];
}

export interface ScoringPlanning {
  readonly targets?: AssessmentTargets;
  readonly scope?: AssessmentScope;
}

export function buildScoringContext(
  track: Track,
  rawAnswers: Answers,
  profile: AssessmentProfile,
  bankVersion?: string,
  planning: ScoringPlanning = {},
): ScoringContext {
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

  // Branching sees every valid answer (an excluded gate still opens its follow-ups); scope is applied afterwards.
  const shown = visibleQuestions(track, valid, profile, bankVersion);
  const isExcluded = (q: Question): boolean =>
    planning.scope?.questions?.[q.id] !== undefined || planning.scope?.modules?.[q.module] !== undefined;
  const excluded = shown.filter(isExcluded);
  const visible = excluded.length === 0 ? shown : shown.filter((q) => !isExcluded(q));
  const visibleIds = new Set(visible.map((q) => q.id));
  const excludedIds = new Set(excluded.map((q) => q.id));
  const answers = new Map<string, AnswerValue>();
  for (const [id, value] of Object.entries(valid)) {
    if (visibleIds.has(id)) answers.set(id, value);
    else ignored.push({ questionId: id, reason: excludedIds.has(id) ? 'out-of-scope' : 'hidden' });
  }

  const scorable = visible.filter(isScorable);
  const maturity = new Map<string, number>();
  for (const q of scorable) {
    const value = answers.get(q.id);
    if (value === undefined) continue;
    const m = answerMaturity(q, value);
    if (m !== null) maturity.set(q.id, m);
  }
  const targets = new Map<string, number>();
  for (const q of scorable) {
    const level = planning.targets?.questions?.[q.id] ?? planning.targets?.modules?.[q.module];
    if (level !== undefined) targets.set(q.id, level * POINTS_PER_LEVEL);
  }
  return { track, profile, visible, scorable, answers, maturity, ignored, targets, excluded };
}

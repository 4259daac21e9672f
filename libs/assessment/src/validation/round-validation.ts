import { AnswerValue, Answers } from '../bank/answer';
import { AssessmentProfile } from '../bank/assessment-profile';
import { Track } from '../bank/track';
import { visibleQuestions } from '../bank/visible-questions';
import { AssessmentScope } from '../planning/assessment-scope';
import { AnswerReview, ReviewState } from './answer-review';
import { needsValidation } from './needs-validation';

/** One answer as stored: its value and the version a decision refers to. */
export interface VersionedAnswer {
  readonly value: AnswerValue | null;
  readonly version: number;
}

export interface ValidationItem {
  readonly questionId: string;
  readonly state: Exclude<ReviewState, 'not-required'>;
  /** The decision behind `accepted`/`returned`; for `pending`, a lapsed one (the answer changed since), if any. */
  readonly review: AnswerReview | null;
}

export interface RoundValidation {
  /** Answers that need a decision, in bank order. */
  readonly items: readonly ValidationItem[];
  readonly counts: Readonly<Record<ValidationItem['state'], number>>;
  /** Every answer that needs a decision has been accepted. */
  readonly complete: boolean;
}

export interface RoundValidationInput {
  readonly track: Track;
  readonly bankVersion: string;
  readonly profile: AssessmentProfile;
  readonly answers: Readonly<Record<string, VersionedAnswer>>;
  readonly reviews: readonly AnswerReview[];
  readonly scope?: AssessmentScope;
}

/** The state of one answer given the latest decision on it (a decision on an earlier version has lapsed). */
export function reviewStateOf(
  answer: VersionedAnswer,
  review: AnswerReview | undefined,
): Exclude<ReviewState, 'not-required'> {
  if (!review || review.answerVersion !== answer.version) return 'pending';
  return review.decision;
}

function plain(answers: Readonly<Record<string, VersionedAnswer>>): Answers {
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.value]));
}

/**
 * Which answers of a round need validation and where each stands. Only questions the round shows (branching),
 * inside its scope, count: an excluded module needs no evidence.
 */
export function roundValidation(input: RoundValidationInput): RoundValidation {
  const byQuestion = new Map(input.reviews.map((r) => [r.questionId, r]));
  const excludedModules = input.scope?.modules ?? {};
  const excludedQuestions = input.scope?.questions ?? {};
  const items: ValidationItem[] = [];
  for (const question of visibleQuestions(input.track, plain(input.answers), input.profile, input.bankVersion)) {
    if (excludedModules[question.module] !== undefined || excludedQuestions[question.id] !== undefined) continue;
    const answer = input.answers[question.id];
    if (!answer || !needsValidation(question, answer.value)) continue;
    const review = byQuestion.get(question.id);
    items.push({ questionId: question.id, state: reviewStateOf(answer, review), review: review ?? null });
  }
  const counts = { pending: 0, accepted: 0, returned: 0 };
  for (const item of items) counts[item.state] += 1;
  return { items, counts, complete: counts.pending === 0 && counts.returned === 0 };
}

/**
 * The answers that count in scores once validation is switched on: every answer that needs no decision, and of
 * the others only the accepted ones. An answer still pending or returned is left out as if unanswered.
 */
export function countedAnswers(answers: Answers, validation: RoundValidation): Answers {
  const notCounted = new Set(validation.items.filter((i) => i.state !== 'accepted').map((i) => i.questionId));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !notCounted.has(id)));
}

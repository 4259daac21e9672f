import { AnswerValue, Answers } from './answer';
import { isAnswered } from './answer-state';
import { AssessmentProfile } from './assessment-profile';
import { evaluateCondition } from './evaluate-condition';
import { Question } from './question';
import { questionsForTrack } from './question-bank';
import { Track } from './track';

/**
 * Questions shown for a track, given the answers so far and the organisation profile. One pass in bank order
 * suffices because a showIf only refers to earlier questions (enforced by the schema test).
 */
export function visibleQuestions(
  track: Track,
  answers: Answers,
  profile: AssessmentProfile,
  bankVersion?: string,
): Question[] {
  return visibleQuestionsOf(questionsForTrack(track, bankVersion), answers, profile);
}

/**
 * The same over a track's questions already at hand, in bank order (e.g. the bank the API served, so that the web
 * app need not bundle the bank's content).
 */
export function visibleQuestionsOf(
  questions: readonly Question[],
  answers: Answers,
  profile: AssessmentProfile,
): Question[] {
  const visibleAnswers = new Map<string, AnswerValue>();
  const lookup = (id: string): AnswerValue | undefined => visibleAnswers.get(id);
  const shown: Question[] = [];
  for (const question of questions) {
    if (question.showIf && !evaluateCondition(question.showIf, lookup, profile)) continue;
    shown.push(question);
    const value = answers[question.id];
    if (isAnswered(value)) visibleAnswers.set(question.id, value);
  }
  return shown;
}

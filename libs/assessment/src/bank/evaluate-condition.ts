import { AnswerValue } from './answer';
import { AssessmentProfile } from './assessment-profile';
import { Condition } from './condition';

/** Answers of visible questions only; a hidden gate must not open its follow-ups. */
export type VisibleAnswerLookup = (questionId: string) => AnswerValue | undefined;

export function evaluateCondition(
  condition: Condition,
  answerOf: VisibleAnswerLookup,
  profile: AssessmentProfile,
): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answerOf, profile));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answerOf, profile));
  if ('not' in condition) return !evaluateCondition(condition.not, answerOf, profile);
  if ('profile' in condition) {
    return condition.profile === 'listingStatus'
      ? condition.in.includes(profile.listingStatus)
      : condition.in.includes(profile.companySize);
  }
  const value = answerOf(condition.question);
  if (value === undefined) return false;
  if ('answered' in condition) return true;
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  return typeof value === 'number' && value >= condition.atLeast;
}

/** Question ids a condition refers to (for the schema test and dependency checks). */
export function conditionReferences(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionReferences);
  if ('any' in condition) return condition.any.flatMap(conditionReferences);
  if ('not' in condition) return conditionReferences(condition.not);
  if ('profile' in condition) return [];
  return [condition.question];
}

import {
  questionsForTrack,
  sampleAnswers,
  validateAnswer,
  visibleQuestions,
  type AnswerValue,
  type Answers,
  type AssessmentProfile,
  type MaturityLevel,
} from '@ipgn/assessment';
import { DEMO_ANSWER_OVERRIDES, DEMO_MODULE_LEVELS } from './demo-content';

/**
 * The demo company's listed-track answers: for each module the bank's sample answers at that module's maturity
 * (DEMO_MODULE_LEVELS), then the written-out figures and texts, keeping only questions visible for the profile and
 * values the bank accepts — so the demo answers whatever the current bank asks.
 */
export function demoListedAnswers(profile: AssessmentProfile): Answers {
  const byLevel = new Map<MaturityLevel, Answers>();
  const sampleAt = (level: MaturityLevel): Answers => {
    let answers = byLevel.get(level);
    if (!answers) byLevel.set(level, (answers = sampleAnswers('listed', level, profile)));
    return answers;
  };
  const all: Record<string, AnswerValue> = {};
  for (const q of questionsForTrack('listed')) {
    const sampled = sampleAt(DEMO_MODULE_LEVELS[q.module] ?? 2)[q.id];
    const value = DEMO_ANSWER_OVERRIDES[q.id] ?? sampled;
    // A written-out answer the bank no longer accepts falls back to the sample rather than break the seed.
    if (value !== undefined && value !== null && validateAnswer(q, value).ok) all[q.id] = value;
    else if (sampled !== undefined && sampled !== null) all[q.id] = sampled;
  }
  const answers: Record<string, AnswerValue> = {};
  for (const q of visibleQuestions('listed', all, profile)) {
    const value = all[q.id];
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}

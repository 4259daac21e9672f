import { ModuleId, MODULE_IDS } from './assessment-module';
import { Answers } from './answer';
import { isAnswered } from './answer-state';
import { AssessmentProfile } from './assessment-profile';
import { Question } from './question';
import { Track } from './track';
import { visibleQuestions } from './visible-questions';

export interface ProgressCount {
  readonly answered: number;
  readonly visible: number;
  /** answered / visible, 0 when nothing is visible. */
  readonly ratio: number;
}

export interface ModuleProgress extends ProgressCount {
  readonly module: ModuleId;
  readonly unansweredQuestionIds: readonly string[];
}

export interface AssessmentProgress {
  readonly overall: ProgressCount;
  /** Only modules with at least one visible question, in module order. */
  readonly modules: readonly ModuleProgress[];
}

function count(answered: number, visible: number): ProgressCount {
  return { answered, visible, ratio: visible === 0 ? 0 : answered / visible };
}

/** Progress counts only visible questions, so branching never leaves a module stuck below 100 %. */
export function progress(
  track: Track,
  answers: Answers,
  profile: AssessmentProfile,
  bankVersion?: string,
): AssessmentProgress {
  return progressOf(visibleQuestions(track, answers, profile, bankVersion), answers);
}

/** Progress over an already computed visible set (lets scoring avoid a second visibility pass). */
export function progressOf(shown: readonly Question[], answers: Answers): AssessmentProgress {
  const perModule = new Map<ModuleId, { answered: number; visible: number; unanswered: string[] }>();
  let answered = 0;
  let visible = 0;
  for (const q of shown) {
    const entry = perModule.get(q.module) ?? { answered: 0, visible: 0, unanswered: [] };
    entry.visible++;
    visible++;
    if (isAnswered(answers[q.id])) {
      entry.answered++;
      answered++;
    } else {
      entry.unanswered.push(q.id);
    }
    perModule.set(q.module, entry);
  }
  const modules = MODULE_IDS.flatMap((id): ModuleProgress[] => {
    const e = perModule.get(id);
    return e ? [{ module: id, ...count(e.answered, e.visible), unansweredQuestionIds: e.unanswered }] : [];
  });
  return { overall: count(answered, visible), modules };
}

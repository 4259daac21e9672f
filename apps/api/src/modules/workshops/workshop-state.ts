import type { WorkshopEntity } from './entities/workshop.entity';
import type { WorkshopStateView } from '@ipgn/contracts';

/** The countdown has run out (the current question is then locked, whether or not the timer job ran yet). */
export function isTimeUp(w: WorkshopEntity, now = new Date()): boolean {
  return w.timerEndsAt !== null && w.timerEndsAt.getTime() <= now.getTime();
}

/** What every screen of a live workshop needs to follow the facilitator. */
export function stateOf(w: WorkshopEntity, now = new Date()): WorkshopStateView {
  const currentQuestionId = w.questionIds[w.currentQuestionIndex] ?? null;
  const locked = new Set(w.lockedQuestionIds);
  if (currentQuestionId && isTimeUp(w, now)) locked.add(currentQuestionId);
  return {
    status: w.status,
    currentQuestionIndex: w.currentQuestionIndex,
    currentQuestionId,
    questionCount: w.questionIds.length,
    resultsVisible: w.resultsVisible,
    lockedQuestionIds: w.questionIds.filter((q) => locked.has(q)),
    timerEndsAt: w.timerEndsAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
  };
}

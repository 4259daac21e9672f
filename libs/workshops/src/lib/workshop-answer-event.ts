import type { AnswerValue } from '@ipgn/assessment';
import type { WorkshopDepartment } from '@ipgn/contracts';

/**
 * One stored answer of one participant to one question, in the order they were stored (a null value clears
 * the participant's answer).
 */
export interface WorkshopAnswerEvent {
  /** Increasing with the order the answers were stored in (the answer row's id). */
  readonly seq: number;
  readonly participantId: string;
  readonly department: WorkshopDepartment;
  readonly questionId: string;
  readonly value: AnswerValue | null;
}

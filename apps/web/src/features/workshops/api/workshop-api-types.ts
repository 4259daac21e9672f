import type { ModuleId } from '@ipgn/assessment';
import type { WorkshopAnonymity, WorkshopDepartment } from '@ipgn/contracts';

// What the workshop pages send. The answers' types are bound in @ipgn/workshops (shapes in @ipgn/contracts).

export interface CreateWorkshopInput {
  title: string;
  modules?: ModuleId[];
  questionIds?: string[];
  departments: WorkshopDepartment[];
  anonymity: WorkshopAnonymity;
  scheduledAt: string;
}

/** Send only what changes. */
export interface WorkshopStateInput {
  currentQuestionIndex?: number;
  resultsVisible?: boolean;
  lockQuestionId?: string;
  unlockQuestionId?: string;
  timerSeconds?: number | null;
}

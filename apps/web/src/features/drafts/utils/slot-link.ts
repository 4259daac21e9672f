import type { FactKey } from '@ipgn/drafting';

export interface SlotTarget {
  questionId?: string;
  factKey?: FactKey;
}

/** Where the user fills a slot: the assessment question (when the draft came from a round) or the facts form. */
export function slotLink(orgId: string, assessmentId: string | null, slot: SlotTarget): { to: string; kind: 'question' | 'fact' } | null {
  if (slot.questionId) {
    const base = assessmentId ? `/o/${orgId}/assessments/${assessmentId}` : `/o/${orgId}/assessments`;
    return { to: `${base}#q-${slot.questionId}`, kind: 'question' };
  }
  if (slot.factKey) return { to: `/o/${orgId}/drafts/facts#${slot.factKey.split('.')[0]}`, kind: 'fact' };
  return null;
}

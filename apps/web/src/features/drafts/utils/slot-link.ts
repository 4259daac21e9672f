import type { FactKey } from '@ipgn/drafting';

export interface SlotTarget {
  questionId?: string;
  factKey?: FactKey;
}

/** Company facts the facts form lets the user enter, with the id of the field group that holds each. */
const FACT_FORM_ANCHORS: Readonly<Partial<Record<FactKey, string>>> = {
  segments: 'segments',
  intangibles: 'intangibles',
  kpis: 'kpis',
  allocations: 'allocations',
  'governance.ipOwner': 'governance',
  'governance.committee': 'governance',
  'governance.boardTopics': 'governance',
  disclosureUrl: 'disclosure',
  // The SME facts form (every SME one-pager slot that is not a question of the SME check).
  'sme.ownerTitle': 'sme',
  'sme.products': 'sme',
  'sme.customers': 'sme',
  'sme.employees': 'sme',
  'sme.revenueManYen': 'sme',
  'sme.nextSteps': 'sme',
  'sme.contact': 'sme',
};

/**
 * Where the user can actually fill a slot: the exact field group of the company-facts form when the form has
 * it, else the question in the assessment round that is still open. Never a submitted (locked) round: with no
 * open round and no form field there is no link.
 */
export function slotLink(
  orgId: string,
  openAssessmentId: string | null,
  slot: SlotTarget,
): { to: string; kind: 'question' | 'fact' } | null {
  const anchor = slot.factKey ? FACT_FORM_ANCHORS[slot.factKey] : undefined;
  if (anchor) return { to: `/o/${orgId}/drafts/facts#${anchor}`, kind: 'fact' };
  if (slot.questionId && openAssessmentId)
    return { to: `/o/${orgId}/assessments/${openAssessmentId}#q-${slot.questionId}`, kind: 'question' };
  return null;
}

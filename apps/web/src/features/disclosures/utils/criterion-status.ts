export type CriterionStatus = 'met' | 'partly' | 'missing' | 'notApplicable';

/**
 * Level 3 meets the criterion, 1–2 meet it partly, 0 misses it. A criterion the text gives nothing to judge (no
 * claims, so nothing can stand in for them) is neither met nor missing.
 */
export function criterionStatus(score: number, notApplicable = false): CriterionStatus {
  if (notApplicable) return 'notApplicable';
  if (score >= 3) return 'met';
  return score > 0 ? 'partly' : 'missing';
}

export type CriterionStatus = 'met' | 'partly' | 'missing';

/** Level 3 meets the criterion, 1–2 meet it partly, 0 misses it. */
export function criterionStatus(score: number): CriterionStatus {
  if (score >= 3) return 'met';
  return score > 0 ? 'partly' : 'missing';
}

import type { WorkshopDepartment } from '@ipgn/contracts';
import { MIN_GROUP_SIZE } from './privacy-rules';

/**
 * Which of the candidate departments may be shown beside the total, given every department's respondent count.
 * A department below `minGroupSize` is never a candidate (the caller may withhold others too). Secondary
 * suppression: if the departments left out together have 1 to minGroupSize − 1 respondents, "total minus the
 * shown departments" would reveal them, so the smallest shown department is left out too, until the rest is 0
 * or at least minGroupSize.
 */
export function visibleDepartments(
  counts: ReadonlyMap<WorkshopDepartment, number>,
  candidates: ReadonlySet<WorkshopDepartment> = new Set(counts.keys()),
  minGroupSize = MIN_GROUP_SIZE,
): Set<WorkshopDepartment> {
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  const shown = [...counts]
    .filter(([d, n]) => n >= minGroupSize && candidates.has(d))
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  let hidden = total - shown.reduce((s, [, n]) => s + n, 0);
  while (hidden > 0 && hidden < minGroupSize && shown.length > 0) {
    const first = shown.shift();
    if (first) hidden += first[1];
  }
  return new Set(shown.map(([d]) => d));
}

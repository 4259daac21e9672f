import { LocalizedText } from '../i18n/localized-text';
import { AssessmentResult } from '../scoring/assessment-result';
import { DimensionScore } from '../scoring/dimension-score';
import {
  BenchmarkContribution,
  BenchmarkPosition,
  DimensionDistribution,
  PublicBenchmarkCell,
  positionIn,
} from './benchmark-snapshot';

/** The dimensions a round contributes: overall, the seven GGL actions and every scored module. */
function dimensionsOf(result: AssessmentResult): { key: string; score: DimensionScore }[] {
  return [
    { key: 'overall', score: result.overall },
    ...result.byGglAction.map((d) => ({ key: `action:${d.id}`, score: d })),
    ...result.byModule.map((d) => ({ key: `module:${d.id}`, score: d })),
  ];
}

/** What one opted-in organization shares: only its round's dimension scores, never answers, names or notes. */
export function contributionOf(
  organizationId: string,
  sector: string,
  sizeBand: string,
  result: AssessmentResult,
): BenchmarkContribution {
  const scores: Record<string, number | null> = {};
  for (const { key, score } of dimensionsOf(result))
    scores[key] = score.score === null ? null : Math.round(score.score);
  return { organizationId, sector, sizeBand, scores };
}

export interface StandingRow {
  /** 'overall', 'action:<n>' or 'module:<id>'. */
  readonly key: string;
  readonly label: LocalizedText;
  readonly own: number | null;
  /** Null when fewer than k organizations scored this dimension (withheld, no count given). */
  readonly industry: Omit<DimensionDistribution, 'contributors'> | null;
  readonly position: BenchmarkPosition | null;
}

/**
 * "Where we stand": the round's own score next to the industry quartiles per dimension. A withheld dimension or
 * cell carries no count at all, so nothing can be subtracted from it.
 */
export function benchmarkStanding(result: AssessmentResult, cell: PublicBenchmarkCell): StandingRow[] {
  return dimensionsOf(result).map(({ key, score }) => {
    const d = cell.dimensions[key] ?? null;
    const own = score.score === null ? null : Math.round(score.score);
    return {
      key,
      label: score.label,
      own,
      industry: d ? { p25: d.p25, median: d.median, p75: d.p75 } : null,
      position: d && own !== null ? positionIn(own, d) : null,
    };
  });
}

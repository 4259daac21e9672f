import { DimensionScore, ScoreDimension } from '../dimension-score';
import { ScoringContext } from '../scoring-context';

/** One scoring rule per file, each with a stable id that every score it produces carries. */
export interface ScoreRule {
  readonly id: string;
  readonly dimension: ScoreDimension;
  evaluate(ctx: ScoringContext): DimensionScore[];
}

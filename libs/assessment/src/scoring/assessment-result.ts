import { AssessmentProgress } from '../bank/progress';
import { Track } from '../bank/track';
import { DimensionScore } from './dimension-score';
import { Finding } from './findings/finding';
import { ActionPlanItem } from './plan/action-plan-item';
import { IntangibleQuantification } from './quantification/intangible-quantification';
import { IgnoredAnswer } from './scoring-context';
import { StrengthOrGap } from './strengths-and-gaps';
import { DimensionTarget } from '../planning/dimension-target';
import { ExcludedItem } from '../planning/excluded-item';

/** Bumped when the shape of AssessmentResult changes, so stored results can be migrated or recomputed. */
export const RESULT_SCHEMA_VERSION = 2;

/** Plain, JSON-serialisable result of scoring one assessment round. */
export interface AssessmentResult {
  readonly resultSchemaVersion: number;
  readonly bankVersion: string;
  readonly track: Track;
  readonly overall: DimensionScore;
  /** Always seven entries, ids '1'–'7'. */
  readonly byGglAction: readonly DimensionScore[];
  /** Always four entries, ids '1'–'4'. */
  readonly byGglPrinciple: readonly DimensionScore[];
  /** Modules with at least one visible scorable question, in module order. */
  readonly byModule: readonly DimensionScore[];
  readonly progress: AssessmentProgress;
  readonly quantification: IntangibleQuantification;
  readonly findings: readonly Finding[];
  /** Highest priority first. */
  readonly actionPlan: readonly ActionPlanItem[];
  readonly strengths: readonly StrengthOrGap[];
  readonly gaps: readonly StrengthOrGap[];
  readonly ignoredAnswers: readonly IgnoredAnswer[];
  /** Current vs. target per dimension (overall, actions, principles, modules) that has a target; schema 2. */
  readonly targets: readonly DimensionTarget[];
  /** What the team marked out of scope, with reasons; schema 2. */
  readonly excluded: readonly ExcludedItem[];
}

import { gglActionScoreRule } from './ggl-action-score.rule';
import { gglPrincipleScoreRule } from './ggl-principle-score.rule';
import { moduleScoreRule } from './module-score.rule';
import { overallScoreRule } from './overall-score.rule';
import { ScoreRule } from './score-rule';

/** Every score rule, for listings such as "which rules produced this result". */
export const SCORE_RULES: readonly ScoreRule[] = [
  overallScoreRule,
  gglActionScoreRule,
  gglPrincipleScoreRule,
  moduleScoreRule,
];

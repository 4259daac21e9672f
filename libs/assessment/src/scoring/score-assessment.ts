import { Answers } from '../bank/answer';
import { AssessmentProfile } from '../bank/assessment-profile';
import { progressOf } from '../bank/progress';
import { BANK_VERSION } from '../bank/bank-version';
import { isSupportedBankVersion } from '../bank/question-bank';
import { Track } from '../bank/track';
import { AssessmentResult, RESULT_SCHEMA_VERSION } from './assessment-result';
import { FINDING_RULES } from './findings/finding-rules';
import { PLAN_RULES } from './plan/plan-rules';
import { quantifyIntangibles } from './quantification/quantify-intangibles';
import { gglActionScoreRule } from './rules/ggl-action-score.rule';
import { gglPrincipleScoreRule } from './rules/ggl-principle-score.rule';
import { moduleScoreRule } from './rules/module-score.rule';
import { overallScoreRule } from './rules/overall-score.rule';
import { buildScoringContext } from './scoring-context';
import { strengthsAndGaps } from './strengths-and-gaps';
import { compareIds } from './compare-ids';
import { AssessmentScope } from '../planning/assessment-scope';
import { AssessmentTargets } from '../planning/assessment-targets';
import { dimensionTargets } from '../planning/dimension-target';
import { excludedItems } from '../planning/excluded-item';

export interface ScoreAssessmentInput {
  readonly track: Track;
  readonly answers: Answers;
  readonly profile: AssessmentProfile;
  /** The bank version the answers were given on; defaults to the current one. */
  readonly bankVersion?: string;
  /** Target levels (compared with, never changing, the scores; the gap drives the plan's priority). */
  readonly targets?: AssessmentTargets;
  /** Modules or questions out of scope, with reasons: left out of every score and the plan. */
  readonly scope?: AssessmentScope;
}

export class UnsupportedBankVersionError extends Error {
  readonly code = 'unsupported-bank-version';
  constructor(readonly bankVersion: string) {
    super(`Unsupported question bank version: ${bankVersion}`);
    this.name = 'UnsupportedBankVersionError';
  }
}

/**
 * Scores one assessment round. Pure: the same input always gives the same result. Answers that are invalid,
 * unknown or hidden by branching are left out and listed in `ignoredAnswers` rather than failing the run.
 */
export function scoreAssessment(input: ScoreAssessmentInput): AssessmentResult {
  const bankVersion = input.bankVersion ?? BANK_VERSION;
  if (!isSupportedBankVersion(bankVersion)) throw new UnsupportedBankVersionError(bankVersion);

  const ctx = buildScoringContext(input.track, input.answers, input.profile, bankVersion, {
    targets: input.targets,
    scope: input.scope,
  });
  const overall = overallScoreRule.evaluate(ctx)[0];
  if (!overall) throw new Error('overall score rule returned nothing');
  const byGglAction = gglActionScoreRule.evaluate(ctx);
  const byGglPrinciple = gglPrincipleScoreRule.evaluate(ctx);
  const byModule = moduleScoreRule.evaluate(ctx);

  const findings = FINDING_RULES.flatMap((rule) => {
    const f = rule.evaluate(ctx);
    return f ? [f] : [];
  });
  const actionPlan = PLAN_RULES.flatMap((rule) => {
    const item = rule.evaluate(ctx);
    return item ? [item] : [];
  }).sort((a, b) => b.priorityScore - a.priorityScore || compareIds(a.ruleId, b.ruleId));

  const { strengths, gaps } = strengthsAndGaps([...byGglAction, ...byModule]);
  return {
    resultSchemaVersion: RESULT_SCHEMA_VERSION,
    bankVersion,
    track: input.track,
    overall,
    byGglAction,
    byGglPrinciple,
    byModule,
    progress: progressOf(ctx.visible, Object.fromEntries(ctx.answers)),
    quantification: quantifyIntangibles(input.profile, (id) => ctx.answers.get(id)),
    findings,
    actionPlan,
    strengths,
    gaps,
    ignoredAnswers: ctx.ignored,
    targets: dimensionTargets(ctx, [overall, ...byGglAction, ...byGglPrinciple, ...byModule]),
    excluded: excludedItems(ctx, input.scope),
  };
}

import type { CriterionRule } from './criterion-rule';
import { r01BusinessLinkage } from './r01-business-linkage';
import { r02CausalPath } from './r02-causal-path';
import { r03BackcastPortfolio } from './r03-backcast-portfolio';
import { r04QuantifiedTargets } from './r04-quantified-targets';
import { r05BeyondCounts } from './r05-beyond-counts';
import { r06EvidenceForClaims } from './r06-evidence-for-claims';
import { r07ResourceAllocation } from './r07-resource-allocation';
import { r08GovernanceSpecificity } from './r08-governance-specificity';
import { r09BreadthOfIntangibles } from './r09-breadth-of-intangibles';
import { r10OpenClose } from './r10-open-close';
import { r11Boilerplate } from './r11-boilerplate';
import { r13DialogueEvidence } from './r13-dialogue-evidence';
import { r15MarketValuation } from './r15-market-valuation';

export const CRITERION_RULES: readonly CriterionRule[] = [
  r01BusinessLinkage,
  r02CausalPath,
  r03BackcastPortfolio,
  r04QuantifiedTargets,
  r05BeyondCounts,
  r06EvidenceForClaims,
  r07ResourceAllocation,
  r08GovernanceSpecificity,
  r09BreadthOfIntangibles,
  r10OpenClose,
  r11Boilerplate,
  r13DialogueEvidence,
  r15MarketValuation,
];

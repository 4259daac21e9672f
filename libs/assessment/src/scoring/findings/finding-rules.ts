import { boardWithoutExecutiveOwnerFinding } from './board-without-executive-owner.finding';
import { disclosureChannelsContradictionFinding } from './disclosure-channels-contradiction.finding';
import { disclosureStoryWithoutCausalPathFinding } from './disclosure-story-without-causal-path.finding';
import { disclosureWithoutEvidenceFinding } from './disclosure-without-evidence.finding';
import { FindingRule } from './finding';
import { kpisWithoutCausalPathFinding } from './kpis-without-causal-path.finding';
import { landscapeWithoutComparisonFinding } from './landscape-without-comparison.finding';
import { managementIpPerceptionGapFinding } from './management-ip-perception-gap.finding';
import { patentsInconsistentFinding } from './patents-inconsistent.finding';

export const FINDING_RULES: readonly FindingRule[] = [
  boardWithoutExecutiveOwnerFinding,
  kpisWithoutCausalPathFinding,
  disclosureStoryWithoutCausalPathFinding,
  patentsInconsistentFinding,
  managementIpPerceptionGapFinding,
  landscapeWithoutComparisonFinding,
  disclosureWithoutEvidenceFinding,
  disclosureChannelsContradictionFinding,
];

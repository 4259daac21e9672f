import { aiDataPlanRule } from './ai-data.plan';
import { boardOversightPlanRule } from './board-oversight.plan';
import { capitalCostPlanRule } from './capital-cost.plan';
import { employeeInventionsPlanRule } from './employee-inventions.plan';
import { humanCapitalPlanRule } from './human-capital.plan';
import { leakagePlanRule } from './leakage.plan';
import { standardsPlanRule } from './standards.plan';
import { causalPathPlanRule } from './causal-path.plan';
import { communicationPlanRule } from './communication.plan';
import { coveragePlanRule } from './coverage.plan';
import { dialoguePlanRule } from './dialogue.plan';
import { disclosureGovernancePlanRule } from './disclosure-governance.plan';
import { disclosurePlanRule } from './disclosure.plan';
import { funderDialoguePlanRule } from './funder-dialogue.plan';
import { inventoryPlanRule } from './inventory.plan';
import { investmentPlanRule } from './investment.plan';
import { kpisPlanRule } from './kpis.plan';
import { landscapePlanRule } from './landscape.plan';
import { ownershipPlanRule } from './ownership.plan';
import { PlanRule } from './plan-rule';
import { protectionBasicsPlanRule } from './protection-basics.plan';
import { toBePlanRule } from './to-be.plan';

export const PLAN_RULES: readonly PlanRule[] = [
  coveragePlanRule,
  inventoryPlanRule,
  landscapePlanRule,
  toBePlanRule,
  causalPathPlanRule,
  protectionBasicsPlanRule,
  kpisPlanRule,
  investmentPlanRule,
  ownershipPlanRule,
  boardOversightPlanRule,
  communicationPlanRule,
  disclosurePlanRule,
  disclosureGovernancePlanRule,
  dialoguePlanRule,
  funderDialoguePlanRule,
  aiDataPlanRule,
  standardsPlanRule,
  employeeInventionsPlanRule,
  leakagePlanRule,
  humanCapitalPlanRule,
  capitalCostPlanRule,
];

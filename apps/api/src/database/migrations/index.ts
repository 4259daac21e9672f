import { InitialSchema1795614354181 } from './1795614354181-initial-schema';
import { Assessments1795615702744 } from './1795615702744-assessments';
import { DisclosureScores1795615816905 } from './1795615816905-disclosure-scores';
import { DraftsPublishing1795617029785 } from './1795617029785-drafts-publishing';
import { Workshops1795617422242 } from './1795617422242-workshops';
import { ThrottleCounters1796140838311 } from './1796140838311-throttle-counters';
import { WorkshopPublicationAndDevice1796140240320 } from './1796140240320-workshop-publication-and-device';
import { DisclosureClassNullable1796142404137 } from './1796142404137-disclosure-class-nullable';
import { SmeFactsAndModules1796143120081 } from './1796143120081-sme-facts-and-modules';
import { AssessmentPlanning1796143313486 } from './1796143313486-assessment-planning';
import { DraftReviewFlow1796152006427 } from './1796152006427-draft-review-flow';
import { AssessmentValidation1796152100000 } from './1796152100000-assessment-validation';
import { InvestorFollowsAndCodes1796152200000 } from './1796152200000-investor-follows-and-codes';
import { WorkshopEvents1796161242291 } from './1796161242291-workshop-events';
import { Benchmark1796161334373 } from './1796161334373-benchmark';
import { PriorDecisions1796164016545 } from './1796164016545-prior-decisions';
import { DecisionOrigin1796186072319 } from './1796186072319-decision-origin';
import { DisclosureListIndexes1796264060974 } from './1796264060974-disclosure-list-indexes';
import { DisclosureChecks1796266002679 } from './1796266002679-disclosure-checks';

/** Every migration in order; listed explicitly because the API is bundled (no globbing at run time). */
export const MIGRATIONS = [
  InitialSchema1795614354181,
  Assessments1795615702744,
  DisclosureScores1795615816905,
  DraftsPublishing1795617029785,
  Workshops1795617422242,
  WorkshopPublicationAndDevice1796140240320,
  ThrottleCounters1796140838311,
  DisclosureClassNullable1796142404137,
  SmeFactsAndModules1796143120081,
  AssessmentPlanning1796143313486,
  DraftReviewFlow1796152006427,
  AssessmentValidation1796152100000,
  InvestorFollowsAndCodes1796152200000,
  WorkshopEvents1796161242291,
  Benchmark1796161334373,
  PriorDecisions1796164016545,
  DecisionOrigin1796186072319,
  DisclosureListIndexes1796264060974,
  DisclosureChecks1796266002679,
];

// zod/mini: the same checks and issue codes as `zod`, without its method-chaining layer, which also carries JSON-Schema
// export and English messages (about 10 kB gzip in the web's company-facts page; issue 15). The codes are mapped in
// company-facts-issues.ts; zod's messages are never shown.
import * as z from 'zod/mini';

/*
 * Structured company facts the user gives beside the assessment — ONE zod schema, used by the API to validate
 * a save and by the web form (react-hook-form + zodResolver); the TypeScript types below are inferred from it.
 * Everything is optional: a missing fact becomes a "to be completed" slot in the drafts. Text is given in both
 * languages; amounts are in millions of yen (百万円), like every figure in the assessment bank. Facts the bank
 * already asks for (revenue, R&D expense, IP cost, board discussion count, executive owner, committee type…) are
 * read from the answers, not from here.
 */

export const INTANGIBLE_KINDS = [
  'patent',
  'trademark',
  'design',
  'software',
  'know-how',
  'data',
  'brand',
  'customer-relationships',
  'supply-chain',
  'people',
  'organisation',
] as const;
export const UNIT_KEYS = ['percent', 'million-yen', 'count', 'times', 'people', 'score'] as const;
/** count = activity (filings, holdings); quality = e.g. citations, coverage; outcome = e.g. licence income. */
export const KPI_KINDS = ['count', 'quality', 'outcome'] as const;
export const ALLOCATION_AREAS = ['rd', 'ip', 'brand', 'data-digital', 'people', 'acquisition'] as const;
export const PORTFOLIO_ROLES = ['growth', 'core', 'incubation', 'restructure'] as const;
export const COMMITTEE_FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export const DIALOGUE_KINDS = ['ip-briefing', 'small-meeting', 'one-on-one', 'lender-meeting'] as const;
export const OPEN_CLOSE_STANCES = ['patent-exclusive', 'secret', 'license-out', 'standardise', 'open'] as const;
/** What a dated plan for a missing element is about (comply-or-explain: current state + plan). */
export const PLAN_TOPICS = ['governance', 'oversight', 'kpis', 'risk-management', 'strategy', 'dialogue'] as const;

/** Limits of the schema, named so that a form can show them beside the field. */
export const FACT_LIMITS = {
  text: 1000,
  list: 50,
  id: 64,
  url: 500,
  minYear: 1900,
  maxYear: 2200,
  maxAmount: 1e15,
  maxParticipants: 1_000_000,
} as const;

const nonBlank = (s: string) => s.trim().length > 0;
const text = () =>
  z.string().check(z.maxLength(FACT_LIMITS.text), z.refine(nonBlank, { params: { code: 'isNotEmpty' } }));
const id = () => z.string().check(z.maxLength(FACT_LIMITS.id), z.regex(/^[A-Za-z0-9_-]+$/));
const num = (min = -FACT_LIMITS.maxAmount) => z.number().check(z.gte(min), z.lte(FACT_LIMITS.maxAmount));
const year = () => z.int().check(z.gte(FACT_LIMITS.minYear), z.lte(FACT_LIMITS.maxYear));
const list = <T extends z.ZodMiniType>(of: T) => z.readonly(z.array(of).check(z.maxLength(FACT_LIMITS.list)));
const obj = <S extends z.core.$ZodShape>(shape: S) => z.readonly(z.strictObject(shape));

/**
 * The schemas, built in a function rather than at module load: zod then stays out of every web page that only
 * reads this module's types and limits (the first-load budget, issue 15); `companyFactsSchemas()` builds them once.
 */
function buildSchemas() {
  /** Text in both languages (`LocalizedText`). */
  const localizedTextSchema = obj({ ja: text(), en: text() });
  const unit = () => z.enum(UNIT_KEYS);
  const yearValue = () => obj({ value: num(), fiscalYear: year() });

  const segmentFactSchema = obj({ id: id(), name: localizedTextSchema, products: z.optional(localizedTextSchema) });
  const intangibleFactSchema = obj({
    id: id(),
    kind: z.enum(INTANGIBLE_KINDS),
    name: localizedTextSchema,
    segmentIds: list(id()),
  });
  const figureFactSchema = obj({ label: localizedTextSchema, value: num(), unit: unit(), fiscalYear: year() });
  /** A causal chain intangible → advantage → customer value → financial result, with an evidence figure. */
  const valueChainFactSchema = obj({
    id: id(),
    intangibleId: id(),
    segmentId: id(),
    advantage: localizedTextSchema,
    customerValue: localizedTextSchema,
    financialResult: localizedTextSchema,
    evidence: z.optional(figureFactSchema),
  });
  const kpiFactSchema = obj({
    id: id(),
    name: localizedTextSchema,
    kind: z.enum(KPI_KINDS),
    unit: unit(),
    segmentId: z.optional(id()),
    /** The intangible the KPI tracks (its step in the causal path). */
    intangibleId: z.optional(id()),
    target: z.optional(yearValue()),
    actual: z.optional(yearValue()),
    baseline: z.optional(yearValue()),
  });
  /** Investment in intangibles by segment / area over a horizon; millions of yen over the period. */
  const allocationFactSchema = obj({
    id: id(),
    area: z.enum(ALLOCATION_AREAS),
    segmentId: z.optional(id()),
    amount: num(0),
    fromFiscalYear: year(),
    toFiscalYear: year(),
    purpose: localizedTextSchema,
  });
  const midTermPlanFactSchema = obj({
    name: localizedTextSchema,
    fromFiscalYear: year(),
    toFiscalYear: year(),
    /** Planned investment in intangibles over the plan, millions of yen. */
    intangibleInvestment: z.optional(num(0)),
  });
  const visionFactSchema = obj({ targetYear: year(), statement: localizedTextSchema });
  /** As Is → To Be position of a segment in the business portfolio, and how IP moves it. */
  const portfolioFactSchema = obj({
    segmentId: id(),
    asIs: z.enum(PORTFOLIO_ROLES),
    toBe: z.enum(PORTFOLIO_ROLES),
    targetYear: year(),
    ipRole: localizedTextSchema,
  });
  const governanceFactsSchema = obj({
    /** Title of the executive responsible for IP (e.g. CIPO / 執行役員 知的財産本部長, or 代表取締役社長 in an SME). */
    ipOwner: z.optional(localizedTextSchema),
    committee: z.optional(
      obj({
        name: localizedTextSchema,
        chair: localizedTextSchema,
        frequency: z.enum(COMMITTEE_FREQUENCIES),
      }),
    ),
    /** What the board discussed on IP / intangible investment in the latest fiscal year. */
    boardTopics: z.optional(list(localizedTextSchema)),
    /** Whether the committee reports to the board (only then may a draft say so). */
    committeeReportsToBoard: z.optional(z.boolean()),
  });
  const benchmarkFactSchema = obj({
    id: id(),
    metric: localizedTextSchema,
    peer: localizedTextSchema,
    ownValue: num(),
    peerValue: num(),
    unit: unit(),
    fiscalYear: year(),
    segmentId: z.optional(id()),
    /** The decision the comparison informed. */
    decision: z.optional(localizedTextSchema),
    /** Entered as part of an IP landscape analysis (IP and business information analysed together). */
    ipLandscape: z.optional(z.boolean()),
  });
  const dialogueEventFactSchema = obj({
    id: id(),
    kind: z.enum(DIALOGUE_KINDS),
    /** YYYY-MM. */
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    participants: z.optional(z.int().check(z.gte(0), z.lte(FACT_LIMITS.maxParticipants))),
    feedback: z.optional(localizedTextSchema),
    /** What changed in strategy or disclosure because of the feedback. */
    change: z.optional(localizedTextSchema),
  });
  const riskFactSchema = obj({ id: id(), risk: localizedTextSchema, response: localizedTextSchema });
  /** What is protected or kept secret (close) and what is licensed, standardised or shared (open), and why. */
  const openCloseFactSchema = obj({
    intangibleId: id(),
    stance: z.enum(OPEN_CLOSE_STANCES),
    rationale: localizedTextSchema,
  });
  /** A dated plan for something not yet in place (e.g. board oversight of IP investment from FY2027). */
  const planFactSchema = obj({
    id: id(),
    topic: z.enum(PLAN_TOPICS),
    action: localizedTextSchema,
    /** YYYY-MM by which the company means to have it in place. */
    due: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  });
  /** Text an SME owner gives: Japanese is enough, English only when the owner wants an English one-pager. */
  const smeTextSchema = obj({ ja: text(), en: z.optional(text()) });
  /**
   * The few facts an SME one-pager needs beyond the SME check (issue 13). Amounts are in 万円 here, the unit an
   * owner of a small company thinks in (the listed facts above use 百万円).
   */
  const smeFactsSchema = obj({
    /** What the company makes or sells, in a phrase. */
    products: z.optional(smeTextSchema),
    /** Main customers or customer types (not necessarily names). */
    customers: z.optional(smeTextSchema),
    /** Number of employees (including the owner). */
    employees: z.optional(z.int().check(z.gte(0), z.lte(FACT_LIMITS.maxParticipants))),
    /** Revenue of the latest fiscal year, in 万円 (ten thousands of yen). */
    revenueManYen: z.optional(num(0)),
    /** What the owner means to do next, in their words (e.g. one of the three next steps of the results). */
    nextSteps: z.optional(smeTextSchema),
    /** Contact for the bank / partners. */
    contact: z.optional(smeTextSchema),
    /** How the owner is called, as entered (社長, 代表…). */
    ownerTitle: z.optional(smeTextSchema),
  });

  const companyFactsSchema = obj({
    /** Reportable segments (or main businesses), with names as used in the annual report. */
    segments: z.optional(list(segmentFactSchema)),
    intangibles: z.optional(list(intangibleFactSchema)),
    valueChains: z.optional(list(valueChainFactSchema)),
    kpis: z.optional(list(kpiFactSchema)),
    allocations: z.optional(list(allocationFactSchema)),
    midTermPlan: z.optional(midTermPlanFactSchema),
    vision: z.optional(visionFactSchema),
    portfolio: z.optional(list(portfolioFactSchema)),
    materialIssues: z.optional(list(localizedTextSchema)),
    governance: z.optional(governanceFactsSchema),
    benchmarks: z.optional(list(benchmarkFactSchema)),
    dialogueEvents: z.optional(list(dialogueEventFactSchema)),
    risks: z.optional(list(riskFactSchema)),
    openClose: z.optional(list(openCloseFactSchema)),
    plans: z.optional(list(planFactSchema)),
    /** URL of the fuller disclosure (integrated report, IP report page) the CG-report entry points to. */
    disclosureUrl: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(FACT_LIMITS.url))),
    sme: z.optional(smeFactsSchema),
  });

  return {
    localizedText: localizedTextSchema,
    segmentFact: segmentFactSchema,
    intangibleFact: intangibleFactSchema,
    figureFact: figureFactSchema,
    valueChainFact: valueChainFactSchema,
    kpiFact: kpiFactSchema,
    allocationFact: allocationFactSchema,
    midTermPlanFact: midTermPlanFactSchema,
    visionFact: visionFactSchema,
    portfolioFact: portfolioFactSchema,
    governanceFacts: governanceFactsSchema,
    benchmarkFact: benchmarkFactSchema,
    dialogueEventFact: dialogueEventFactSchema,
    riskFact: riskFactSchema,
    openCloseFact: openCloseFactSchema,
    planFact: planFactSchema,
    smeText: smeTextSchema,
    smeFacts: smeFactsSchema,
    companyFacts: companyFactsSchema,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | null = null;

/** Every company-facts schema (zod), built on first use. */
export function companyFactsSchemas(): Schemas {
  return (built ??= buildSchemas());
}

export type CompanyFacts = z.infer<Schemas['companyFacts']>;
export type SegmentFact = z.infer<Schemas['segmentFact']>;
export type IntangibleFact = z.infer<Schemas['intangibleFact']>;
export type ValueChainFact = z.infer<Schemas['valueChainFact']>;
export type FigureFact = z.infer<Schemas['figureFact']>;
export type KpiFact = z.infer<Schemas['kpiFact']>;
export type AllocationFact = z.infer<Schemas['allocationFact']>;
export type MidTermPlanFact = z.infer<Schemas['midTermPlanFact']>;
export type VisionFact = z.infer<Schemas['visionFact']>;
export type PortfolioFact = z.infer<Schemas['portfolioFact']>;
export type GovernanceFacts = z.infer<Schemas['governanceFacts']>;
export type BenchmarkFact = z.infer<Schemas['benchmarkFact']>;
export type DialogueEventFact = z.infer<Schemas['dialogueEventFact']>;
export type RiskFact = z.infer<Schemas['riskFact']>;
export type OpenCloseFact = z.infer<Schemas['openCloseFact']>;
export type PlanFact = z.infer<Schemas['planFact']>;
export type SmeFacts = z.infer<Schemas['smeFacts']>;
export type SmeText = z.infer<Schemas['smeText']>;
export type IntangibleKind = (typeof INTANGIBLE_KINDS)[number];
/** Units rendered per language; amounts are always in millions of yen. */
export type UnitKey = (typeof UNIT_KEYS)[number];
export type KpiKind = (typeof KPI_KINDS)[number];
export type AllocationArea = (typeof ALLOCATION_AREAS)[number];
export type PortfolioRole = (typeof PORTFOLIO_ROLES)[number];
export type CommitteeFrequency = (typeof COMMITTEE_FREQUENCIES)[number];
export type DialogueKind = (typeof DIALOGUE_KINDS)[number];
export type OpenCloseStance = (typeof OPEN_CLOSE_STANCES)[number];
export type PlanTopic = (typeof PLAN_TOPICS)[number];

import type { LocalizedText } from '@ipgn/assessment';

/**
 * Structured company facts the user gives beside the assessment. Everything is optional: a missing fact
 * becomes a "to be completed" slot in the drafts. Text is given in both languages; amounts are in millions
 * of yen (百万円), like every figure in the assessment bank. Facts the bank already asks for (revenue, R&D
 * expense, IP cost, board discussion count, executive owner, committee type…) are read from the answers,
 * not from here.
 */
export interface CompanyFacts {
  /** Reportable segments (or main businesses), with names as used in the annual report. */
  readonly segments?: readonly SegmentFact[];
  /** The key intangibles behind the business. */
  readonly intangibles?: readonly IntangibleFact[];
  /** Causal chains intangible → advantage → customer value → financial result. */
  readonly valueChains?: readonly ValueChainFact[];
  readonly kpis?: readonly KpiFact[];
  /** Investment in intangibles by segment / area over a horizon. */
  readonly allocations?: readonly AllocationFact[];
  readonly midTermPlan?: MidTermPlanFact;
  readonly vision?: VisionFact;
  /** As Is → To Be position of each segment in the business portfolio. */
  readonly portfolio?: readonly PortfolioFact[];
  readonly materialIssues?: readonly LocalizedText[];
  readonly governance?: GovernanceFacts;
  readonly benchmarks?: readonly BenchmarkFact[];
  readonly dialogueEvents?: readonly DialogueEventFact[];
  readonly risks?: readonly RiskFact[];
  /** What is protected or kept secret (close) and what is licensed, standardised or shared (open), and why. */
  readonly openClose?: readonly OpenCloseFact[];
  /** SME one-pager extras. */
  readonly sme?: SmeFacts;
}

export interface SegmentFact {
  readonly id: string;
  readonly name: LocalizedText;
  /** Main products or services of the segment. */
  readonly products?: LocalizedText;
}

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
export type IntangibleKind = (typeof INTANGIBLE_KINDS)[number];

export interface IntangibleFact {
  readonly id: string;
  readonly kind: IntangibleKind;
  readonly name: LocalizedText;
  readonly segmentIds: readonly string[];
}

export interface ValueChainFact {
  readonly id: string;
  readonly intangibleId: string;
  readonly segmentId: string;
  readonly advantage: LocalizedText;
  readonly customerValue: LocalizedText;
  readonly financialResult: LocalizedText;
  /** A figure that evidences the financial result (e.g. gross margin 32 % in FY2025). */
  readonly evidence?: FigureFact;
}

export interface FigureFact {
  readonly label: LocalizedText;
  readonly value: number;
  readonly unit: UnitKey;
  readonly fiscalYear: number;
}

/** Units rendered per language; amounts are always in millions of yen. */
export type UnitKey = 'percent' | 'million-yen' | 'count' | 'times' | 'people' | 'score';

export const KPI_KINDS = ['count', 'quality', 'outcome'] as const;
/** count = activity (filings, holdings); quality = e.g. citations, coverage; outcome = e.g. licence income. */
export type KpiKind = (typeof KPI_KINDS)[number];

export interface KpiFact {
  readonly id: string;
  readonly name: LocalizedText;
  readonly kind: KpiKind;
  readonly unit: UnitKey;
  readonly segmentId?: string;
  /** The intangible the KPI tracks (its step in the causal path). */
  readonly intangibleId?: string;
  readonly target?: { readonly value: number; readonly fiscalYear: number };
  readonly actual?: { readonly value: number; readonly fiscalYear: number };
  readonly baseline?: { readonly value: number; readonly fiscalYear: number };
}

export const ALLOCATION_AREAS = ['rd', 'ip', 'brand', 'data-digital', 'people', 'acquisition'] as const;
export type AllocationArea = (typeof ALLOCATION_AREAS)[number];

export interface AllocationFact {
  readonly id: string;
  readonly area: AllocationArea;
  readonly segmentId?: string;
  /** Millions of yen over the period. */
  readonly amount: number;
  readonly fromFiscalYear: number;
  readonly toFiscalYear: number;
  readonly purpose: LocalizedText;
}

export interface MidTermPlanFact {
  readonly name: LocalizedText;
  readonly fromFiscalYear: number;
  readonly toFiscalYear: number;
  /** Planned investment in intangibles over the plan, millions of yen. */
  readonly intangibleInvestment?: number;
}

export interface VisionFact {
  readonly targetYear: number;
  readonly statement: LocalizedText;
}

export const PORTFOLIO_ROLES = ['growth', 'core', 'incubation', 'restructure'] as const;
export type PortfolioRole = (typeof PORTFOLIO_ROLES)[number];

export interface PortfolioFact {
  readonly segmentId: string;
  readonly asIs: PortfolioRole;
  readonly toBe: PortfolioRole;
  readonly targetYear: number;
  /** How IP / intangibles move the segment from As Is to To Be. */
  readonly ipRole: LocalizedText;
}

export const COMMITTEE_FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type CommitteeFrequency = (typeof COMMITTEE_FREQUENCIES)[number];

export interface GovernanceFacts {
  /** Title of the executive responsible for IP (e.g. CIPO / 執行役員 知的財産本部長). */
  readonly ipOwner?: LocalizedText;
  readonly committee?: {
    readonly name: LocalizedText;
    readonly chair: LocalizedText;
    readonly frequency: CommitteeFrequency;
  };
  /** What the board discussed on IP / intangible investment in the latest fiscal year. */
  readonly boardTopics?: readonly LocalizedText[];
}

export interface BenchmarkFact {
  readonly id: string;
  readonly metric: LocalizedText;
  readonly peer: LocalizedText;
  readonly ownValue: number;
  readonly peerValue: number;
  readonly unit: UnitKey;
  readonly fiscalYear: number;
  readonly segmentId?: string;
  /** The decision the comparison informed. */
  readonly decision?: LocalizedText;
}

export const DIALOGUE_KINDS = ['ip-briefing', 'small-meeting', 'one-on-one', 'lender-meeting'] as const;
export type DialogueKind = (typeof DIALOGUE_KINDS)[number];

export interface DialogueEventFact {
  readonly id: string;
  readonly kind: DialogueKind;
  /** YYYY-MM. */
  readonly month: string;
  /** Number of participants (investors, analysts, lenders). */
  readonly participants?: number;
  readonly feedback?: LocalizedText;
  /** What changed in strategy or disclosure because of the feedback. */
  readonly change?: LocalizedText;
}

export interface RiskFact {
  readonly id: string;
  readonly risk: LocalizedText;
  readonly response: LocalizedText;
}

export const OPEN_CLOSE_STANCES = ['patent-exclusive', 'secret', 'license-out', 'standardise', 'open'] as const;
export type OpenCloseStance = (typeof OPEN_CLOSE_STANCES)[number];

export interface OpenCloseFact {
  readonly intangibleId: string;
  readonly stance: OpenCloseStance;
  readonly rationale: LocalizedText;
}

export interface SmeFacts {
  /** Main customers or customer types (not necessarily names). */
  readonly customers?: LocalizedText;
  /** Contact for the bank / partners. */
  readonly contact?: LocalizedText;
}

import type { LocalizedText } from '@ipgn/assessment';
import type { InputRef, StoryModel } from '../story/story-model';

export const DRAFT_TYPES = ['cg-report', 'integrated-report', 'securities-report', 'sme-one-pager'] as const;
/** The four drafts the library writes (issue 5). */
export type DraftType = (typeof DRAFT_TYPES)[number];

export const DRAFT_LANGUAGES = ['ja', 'en'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

/** Keys of `CompanyFacts` a slot can ask for (dotted paths name the part of the fact that is missing). */
export type FactKey =
  | 'segments'
  | 'intangibles'
  | 'valueChains'
  | 'kpis'
  | 'allocations'
  | 'midTermPlan'
  | 'vision'
  | 'portfolio'
  | 'materialIssues'
  | 'governance.ipOwner'
  | 'governance.committee'
  | 'governance.boardTopics'
  | 'benchmarks'
  | 'dialogueEvents'
  | 'risks'
  | 'openClose'
  | 'organization.legalNameEn'
  | 'sme.customers'
  | 'sme.contact'
  | 'sme.ownerTitle'
  | 'sme.products'
  | 'sme.employees'
  | 'sme.revenueManYen'
  | 'sme.nextSteps'
  | 'plans'
  | 'disclosureUrl';

export interface TextRun {
  readonly kind: 'text';
  readonly text: string;
}

/**
 * A "to be completed" marker. It names the question to answer (`questionId`, an id of the assessment bank)
 * and/or the company fact to give (`factKey`); the draft never fills the gap itself.
 */
export interface SlotRun {
  readonly kind: 'slot';
  readonly slotId: string;
  readonly questionId?: string;
  readonly factKey?: FactKey;
  readonly label: LocalizedText;
}

export type Run = TextRun | SlotRun;

/**
 * Where one sentence of a generated paragraph comes from: its text as rendered (slots as markers), the inputs
 * its claim rests on (empty only for a sentence that is nothing but a slot) and the template frame it was
 * written with. A generated paragraph's trace covers all of its text, sentence by sentence.
 */
export interface SentenceTrace {
  readonly text: string;
  readonly sources: readonly InputRef[];
  readonly frame?: string;
}

/** A paragraph is a sequence of text runs and slots. */
export interface Paragraph {
  readonly runs: readonly Run[];
  /** Present on generated paragraphs; an edited paragraph has none. */
  readonly trace?: readonly SentenceTrace[];
}

export interface DraftSection {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly Paragraph[];
}

/** Optional structured data beside the text, e.g. the value-creation diagram of the integrated report. */
export interface DraftAttachments {
  readonly valueCreationDiagram?: ValueCreationDiagram;
  /** The linked story per business with its checklist and incoherence findings (every draft type). */
  readonly story?: StoryModel;
}

export interface Draft {
  readonly type: DraftType;
  readonly language: DraftLanguage;
  /** Version of the template content the draft was written from. */
  readonly templateVersion: string;
  readonly title: string;
  /** ISO date (YYYY-MM-DD) the caller gave as "as of"; the library never reads the clock. */
  readonly asOf: string;
  readonly sections: readonly DraftSection[];
  readonly attachments: DraftAttachments;
}

export type ValueNodeKind = 'intangible' | 'advantage' | 'customer-value' | 'financial-result';

export interface ValueNode {
  /** Stable id, safe for Mermaid (letters, digits, underscore). */
  readonly id: string;
  readonly kind: ValueNodeKind;
  readonly label: string;
  /** Segment the chain belongs to, when known. */
  readonly segmentId?: string;
}

export interface ValueEdge {
  readonly from: string;
  readonly to: string;
}

/** The value-creation story as data: intangible → advantage → customer value → financial result. */
export interface ValueCreationDiagram {
  readonly nodes: readonly ValueNode[];
  readonly edges: readonly ValueEdge[];
  /** The same graph as a Mermaid flowchart (left to right). */
  readonly mermaid: string;
}

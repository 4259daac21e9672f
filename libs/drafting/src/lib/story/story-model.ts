import type { LocalizedText } from '@ipgn/assessment';
import type { FactKey } from '../model/draft';

/** A step of a business's value-creation story, in the order an investor reads it. */
export const STORY_STEP_KINDS = [
  'intangible',
  'advantage',
  'customer-value',
  'financial',
  'kpi',
  'allocation',
  'oversight',
] as const;
export type StoryStepKind = (typeof STORY_STEP_KINDS)[number];

/** The input a statement rests on: an answer of the assessment or a company fact (dotted path with item ids). */
export type InputRef = `answer:${string}` | `fact:${string}` | `profile:${string}` | `result:${string}`;

export interface StoryStep {
  readonly kind: StoryStepKind;
  readonly label: LocalizedText;
  readonly sources: readonly InputRef[];
}

/** One causal chain of a business: intangible → advantage → customer value → financial line, with its KPIs. */
export interface StoryChain {
  readonly id: string;
  readonly intangibleId: string;
  readonly steps: readonly StoryStep[];
  /** KPIs that track a step of this chain (by `KpiFact.intangibleId`, or an outcome KPI of the business). */
  readonly kpiIds: readonly string[];
  readonly evidenced: boolean;
}

export interface BusinessStory {
  readonly segmentId: string;
  readonly name: LocalizedText;
  /** A focus (growth) business of the portfolio strategy; undefined when no focus was entered. */
  readonly focus: boolean | undefined;
  readonly chains: readonly StoryChain[];
  readonly allocationIds: readonly string[];
  /** Millions of yen allocated to the business over the entered periods. */
  readonly allocationTotal: number;
}

/** What oversight of the story the inputs support (never more). */
export interface StoryOversight {
  /** m6.board-oversight level 0–4, undefined when unanswered (or not asked on the track). */
  readonly boardLevel: number | undefined;
  readonly owner: 'fact' | 'dedicated-executive' | 'executive-part' | 'staff' | 'nobody' | undefined;
  readonly committee: boolean;
  readonly sources: readonly InputRef[];
}

export const STORY_FINDING_KINDS = [
  'kpi-unlinked',
  'largest-allocation-not-focus',
  'advantage-without-evidence',
  'benchmark-unrelated',
  'no-chain',
] as const;
export type StoryFindingKind = (typeof STORY_FINDING_KINDS)[number];

/** An incoherence in the story, with where to fix it. */
export interface StoryFinding {
  readonly kind: StoryFindingKind;
  /** Id of the KPI, allocation, chain or benchmark concerned. */
  readonly subjectId: string;
  readonly message: LocalizedText;
  readonly factKey: FactKey;
}

export type StoryCheckStatus = 'ok' | 'warning' | 'missing';

/** One line of the story checklist the user works through. */
export interface StoryCheckItem {
  readonly id: 'chains' | 'evidence' | 'kpis-linked' | 'allocation-focus' | 'benchmarks' | 'oversight';
  readonly status: StoryCheckStatus;
  readonly label: LocalizedText;
  readonly factKey?: FactKey;
  readonly questionId?: string;
}

/** The linked story per business, filled from answers and company facts, with its incoherences. */
export interface StoryModel {
  readonly businesses: readonly BusinessStory[];
  /** The user's own words on the value-creation path (m4.value-story), when answered. */
  readonly narrative?: string;
  /** KPIs and allocations not tied to a business. */
  readonly companyKpiIds: readonly string[];
  readonly companyAllocationIds: readonly string[];
  readonly oversight: StoryOversight;
  readonly findings: readonly StoryFinding[];
  readonly checklist: readonly StoryCheckItem[];
  /**
   * Mermaid flowchart of the chains with their KPIs and allocations, in both languages. A draft version saved before
   * 2026-12-03 holds the Japanese source alone, as a string: read it with `storyDiagramText`.
   */
  readonly mermaid: LocalizedText | string;
}

/** The story's diagram source in one language (a version saved with the Japanese source alone gives that). */
export function storyDiagramText(story: Pick<StoryModel, 'mermaid'>, lang: 'ja' | 'en'): string {
  return typeof story.mermaid === 'string' ? story.mermaid : story.mermaid[lang];
}

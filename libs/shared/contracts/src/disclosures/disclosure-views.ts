/**
 * The HTTP contract of /api/orgs/:orgId/disclosures and /api/disclosure-rubric, shared by apps/api and apps/web.
 *
 * Contracts (type:util) may not import the scorer library @ipgn/disclosure-scoring, so each shape takes the
 * scorer types it carries as one parameter `D`; @ipgn/disclosure-scoring (api/disclosure-views.ts) fills it in
 * once for the api and the web.
 */
export interface DisclosureDomainTypes {
  language: string;
  grade: string;
  class: string;
  score: unknown;
  criterionId: string;
  criterionMeta: unknown;
  bilingual: unknown;
  level: number;
  vcgHeading: unknown;
}

export const DISCLOSURE_DOCUMENT_TYPES = [
  'cg_report',
  'integrated_report',
  'securities_report',
  'ip_report',
  'other',
] as const;
export type DisclosureDocumentType = (typeof DISCLOSURE_DOCUMENT_TYPES)[number];

export type DisclosureSourceKind = 'paste' | 'upload';

/** Longest text we score and keep (characters, after extraction). */
export const MAX_DISCLOSURE_TEXT_CHARS = 200_000;
/** Longest company name that may be given with another company's text. */
export const MAX_DISCLOSURE_COMPANY_NAME_CHARS = 120;
/** Largest file accepted by the upload endpoint. */
export const MAX_DISCLOSURE_UPLOAD_BYTES = 5 * 1024 * 1024;
export const DISCLOSURE_UPLOAD_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;

/**
 * Fewer rated texts than this in a grade's band and the pages say, beside the grade, that it rests on only that many
 * (an "A" from two rated texts is no firmer than a coin flip).
 */
export const FEW_RATED_TEXTS = 10;

/**
 * What a letter grade stands for. The grade (A–E) is the band of the calibrated score the text fell in; the band is
 * described by how people rated the calibration set's texts that scored in it. The API derives it once from the calibration
 * stored with the result (apps/api common/scoring/grade-basis.ts): the counts, and the share rated strong with its
 * 95 % interval in whole percent, rounded there once, so that every page shows the same figures.
 */
export interface GradeBasis {
  /** The band's score range, inclusive (e.g. 72–100). */
  min: number;
  max: number;
  /** Rated texts of the calibration set in the band, and how people rated them (strong + medium + weak = rated). */
  rated: number;
  strong: number;
  medium: number;
  weak: number;
  /** strong / rated and its 95 % Wilson interval, in whole percent. 0 and [0, 100] when the band has none. */
  strongPercent: number;
  interval: [number, number];
  /** Which rated set and when, as the scorer wrote it (e.g. "analysts: 300 rated texts, sets 75-104, 2026-12-04"; before v2.45 "dev: 173 rated texts, …"). */
  source: string;
  /**
   * The same band on everyday disclosures, most of them weak (since v2.45; absent before): the calibration set was
   * collected to include strong examples, so a band's share of strong texts is lower where they are rare.
   */
  ordinary?: OrdinaryGradeBasis;
}

/** A band's texts in the everyday rated set: how many, how many rated strong, that share and its 95 % interval. */
export interface OrdinaryGradeBasis {
  rated: number;
  strong: number;
  strongPercent: number;
  interval: [number, number];
  /** As the scorer wrote it (e.g. "dev: 173 rated texts, 2026-12-04"). */
  source: string;
}

/** A history entry: everything but the text and the full result. */
export interface DisclosureSummaryOf<D extends DisclosureDomainTypes> {
  id: string;
  title: string;
  documentType: DisclosureDocumentType;
  source: DisclosureSourceKind;
  filename: string | null;
  language: D['language'];
  overall: number;
  grade: D['grade'];
  /** JPX400 floor check; only CG-report entries have one (null otherwise). */
  class: D['class'] | null;
  /** What the grade stands for; null for a result saved before the scorer was calibrated (v1). */
  gradeBasis: GradeBasis | null;
  rubricVersion: string;
  createdBy: { userId: string; displayName: string } | null;
  createdAt: string;
  /**
   * The company the text is about as the reader entered it (an investor's check; its name never counts as specific
   * content, so judging the text again needs it). Absent for an organization's own texts, which use its profile.
   */
  companyName?: string | null;
}

export interface DisclosureRecordOf<D extends DisclosureDomainTypes> extends DisclosureSummaryOf<D> {
  text: string;
  result: D['score'];
  /** The operator configured an LLM endpoint: POST …/:id/second-opinion may be asked (off by default). */
  secondOpinionEnabled: boolean;
}

export interface DisclosureCriterionDeltaOf<D extends DisclosureDomainTypes> {
  id: D['criterionId'];
  key: string;
  name: D['bilingual'];
  from: D['level'] | null;
  to: D['level'] | null;
  /**
   * to − from; null when one side lacks the criterion (different rubric versions) or gave it nothing to judge (a level
   * and "nothing to judge" have no difference).
   */
  delta: number | null;
  /**
   * The `from` text gave this criterion nothing to judge (the scorer's `notApplicable`, v2 L7 on a text with no
   * claims): `from` is the scorer's 0, not a level. Absent otherwise, and in answers from before the mark existed.
   */
  fromNotApplicable?: true;
  /** The same for the `to` text. */
  toNotApplicable?: true;
}

/** One run of sentences that are the same in both texts, or only in `from` (removed) or only in `to` (added). */
export interface DisclosureTextChange {
  op: 'equal' | 'removed' | 'added';
  sentences: string[];
}

/** The period a scored document reports on, as read from its title or text (null when it names none). */
export interface DisclosurePeriod {
  year: number;
  month: number | null;
  source: 'title' | 'text';
}

/**
 * The order of the disclosure history (`GET …/disclosures?sort=`), applied in SQL before paging so every page
 * continues the same order: `newest` (the default) by scoring time, then id; `score` by overall score high → low,
 * then newest first, then id.
 */
export const DISCLOSURE_LIST_SORTS = ['newest', 'score'] as const;
export type DisclosureListSort = (typeof DISCLOSURE_LIST_SORTS)[number];

/** `document`: older document left (by the period it reports on, else when it was scored); `given`: as asked. */
export const DISCLOSURE_COMPARE_ORDERS = ['document', 'given'] as const;
export type DisclosureCompareOrder = (typeof DISCLOSURE_COMPARE_ORDERS)[number];

export interface DisclosureComparisonOf<D extends DisclosureDomainTypes> {
  /** The older document (left) and the newer one (right) under `order: 'document'`. */
  from: DisclosureSummaryOf<D>;
  to: DisclosureSummaryOf<D>;
  fromPeriod: DisclosurePeriod | null;
  toPeriod: DisclosurePeriod | null;
  order: DisclosureCompareOrder;
  overallDelta: number;
  criteria: DisclosureCriterionDeltaOf<D>[];
  textDiff: DisclosureTextChange[];
  /** True when the texts were too different to diff sentence by sentence in time; textDiff is then whole-text. */
  textDiffApproximate: boolean;
}

export interface DisclosureRubricOf<D extends DisclosureDomainTypes> {
  rubricVersion: string;
  criteria: readonly D['criterionMeta'][];
  vcgHeadings: readonly D['vcgHeading'][];
  documentTypes: readonly DisclosureDocumentType[];
  limits: { maxTextChars: number; maxUploadBytes: number; extensions: readonly string[] };
}

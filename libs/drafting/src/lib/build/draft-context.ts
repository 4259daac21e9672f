import { getQuestion, scoreAssessment, suggestTrack } from '@ipgn/assessment';
import type { AnswerValue, AssessmentResult, LocalizedText } from '@ipgn/assessment';
import type { CompanyFacts, IntangibleFact, KpiFact, SegmentFact } from '../model/company-facts';
import type { DraftLanguage } from '../model/draft';
import type { DraftInput, DraftOrganization } from '../model/draft-input';
import { fiscalPeriodLabel } from './periods';

/** Read-only view of the inputs with typed accessors; builders never touch raw answers. */
export class DraftContext {
  readonly facts: CompanyFacts;
  readonly organization: DraftOrganization;
  readonly result: AssessmentResult;
  readonly asOf: string;
  /** Latest completed fiscal year end on or before `asOf`. */
  readonly periodEnd: { readonly year: number; readonly month: number };

  constructor(private readonly input: DraftInput) {
    this.facts = input.facts ?? {};
    this.organization = input.organization;
    this.asOf = input.asOf;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.asOf);
    if (!m) throw new Error(`asOf must be YYYY-MM-DD, got ${input.asOf}`);
    const year = Number(m[1]);
    const month = Number(m[2]);
    const fye = input.organization.fiscalYearEndMonth;
    this.periodEnd = month > fye ? { year, month: fye } : { year: year - 1, month: fye };
    this.result =
      input.result ??
      scoreAssessment({
        track: suggestTrack(input.organization).track,
        answers: input.answers,
        profile: { listingStatus: input.organization.listingStatus, companySize: input.organization.companySize },
      });
  }

  /** The answers as given (for the SME sources, which read the SME check as a whole). */
  get answers(): DraftInput['answers'] {
    return this.input.answers;
  }

  private raw(id: string): AnswerValue | undefined {
    const v = this.input.answers[id];
    return v === null ? undefined : v;
  }

  number(id: string): number | undefined {
    const v = this.raw(id);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  }

  choice(id: string): string | undefined {
    const v = this.raw(id);
    return typeof v === 'string' && v.length > 0 ? v : undefined;
  }

  choices(id: string): readonly string[] | undefined {
    const v = this.raw(id);
    return Array.isArray(v) ? (v as readonly string[]) : undefined;
  }

  text(id: string): string | undefined {
    const v = this.raw(id);
    return typeof v === 'string' && v.trim().length > 0 ? v.trim() : undefined;
  }

  /** Maturity 0–4, or undefined when unanswered. */
  level(id: string): number | undefined {
    return this.number(id);
  }

  companyName(lang: DraftLanguage): string {
    return lang === 'en'
      ? (this.organization.legalNameEn ?? this.organization.legalNameJa)
      : this.organization.legalNameJa;
  }

  /** The latest completed fiscal year, with the one label every period of a draft uses. */
  periodLabel(lang: DraftLanguage): string {
    const fy = this.periodEnd.month === 12 ? this.periodEnd.year : this.periodEnd.year - 1;
    return fiscalPeriodLabel(fy, this.periodEnd.month, lang);
  }

  get segments(): readonly SegmentFact[] {
    return this.facts.segments ?? [];
  }

  segment(id: string | undefined): SegmentFact | undefined {
    return id === undefined ? undefined : this.segments.find((s) => s.id === id);
  }

  intangible(id: string | undefined): IntangibleFact | undefined {
    return id === undefined ? undefined : (this.facts.intangibles ?? []).find((i) => i.id === id);
  }

  segmentName(id: string | undefined, lang: DraftLanguage): string | undefined {
    return this.segment(id)?.name[lang];
  }

  kpis(kind?: KpiFact['kind']): readonly KpiFact[] {
    const all = this.facts.kpis ?? [];
    return kind ? all.filter((k) => k.kind === kind) : all;
  }

  /** Whether the question is asked on this assessment's track (a slot must name a question the user can answer). */
  applies(questionId: string): boolean {
    return getQuestion(questionId)?.tracks.includes(this.result.track) ?? false;
  }

  /** Listed companies (those that file a CG report). */
  get listed(): boolean {
    return this.organization.listingStatus !== 'unlisted';
  }

  l(text: LocalizedText, lang: DraftLanguage): string {
    return text[lang];
  }
}

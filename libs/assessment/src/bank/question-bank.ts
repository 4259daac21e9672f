import { ASSESSMENT_MODULES, AssessmentModule } from './assessment-module';
import { GLOSSARY } from './glossary';
import { GlossaryTerm } from './glossary-term';
import { M0_QUESTIONS } from './modules/m0-profile-financials';
import { M1_QUESTIONS } from './modules/m1-intangible-inventory';
import { M2_QUESTIONS } from './modules/m2-external-position';
import { M3_QUESTIONS } from './modules/m3-to-be-portfolio';
import { M4_QUESTIONS } from './modules/m4-value-creation';
import { M5_QUESTIONS } from './modules/m5-investment-kpis';
import { M6_QUESTIONS } from './modules/m6-organisation-governance';
import { M7_QUESTIONS } from './modules/m7-disclosure';
import { M8_QUESTIONS } from './modules/m8-dialogue';
import { M9_QUESTIONS } from './modules/m9-communication-maturity';
import { M10_QUESTIONS } from './modules/m10-sme-startup';
import { Question } from './question';
import { TRACKS, Track } from './track';

/**
 * Bumped whenever a question, option, anchor or weight changes meaning. An assessment stores the version it was
 * answered on, so old rounds keep being scored against the content their answers refer to.
 */
export const BANK_VERSION = '2026.11-1';

export interface QuestionBank {
  readonly version: string;
  readonly modules: readonly AssessmentModule[];
  /** In display order; a showIf only refers to questions earlier in this list. */
  readonly questions: readonly Question[];
  readonly glossary: readonly GlossaryTerm[];
}

const BANK: QuestionBank = {
  version: BANK_VERSION,
  modules: ASSESSMENT_MODULES,
  questions: [
    ...M0_QUESTIONS,
    ...M1_QUESTIONS,
    ...M2_QUESTIONS,
    ...M3_QUESTIONS,
    ...M4_QUESTIONS,
    ...M5_QUESTIONS,
    ...M6_QUESTIONS,
    ...M7_QUESTIONS,
    ...M8_QUESTIONS,
    ...M9_QUESTIONS,
    ...M10_QUESTIONS,
  ],
  glossary: GLOSSARY,
};

// Indexes built once at load: scoring a full assessment must stay well under a millisecond.
const BY_ID: ReadonlyMap<string, Question> = new Map(BANK.questions.map((q) => [q.id, q]));
const BY_TRACK: Readonly<Record<Track, readonly Question[]>> = {
  listed: BANK.questions.filter((q) => q.tracks.includes('listed')),
  sme: BANK.questions.filter((q) => q.tracks.includes('sme')),
};

export const SUPPORTED_BANK_VERSIONS: readonly string[] = [BANK_VERSION];

/** The bank for a version (the current one by default); undefined for an unknown version. */
export function getBank(version: string = BANK_VERSION): QuestionBank | undefined {
  return version === BANK_VERSION ? BANK : undefined;
}

export function isSupportedBankVersion(version: string): boolean {
  return SUPPORTED_BANK_VERSIONS.includes(version);
}

export function getQuestion(id: string): Question | undefined {
  return BY_ID.get(id);
}

export function questionsForTrack(track: Track): readonly Question[] {
  return BY_TRACK[track];
}

export function isTrack(value: unknown): value is Track {
  return typeof value === 'string' && (TRACKS as readonly string[]).includes(value);
}

export function getModule(id: string): AssessmentModule | undefined {
  return BANK.modules.find((m) => m.id === id);
}

export function getGlossaryTerm(id: string): GlossaryTerm | undefined {
  return BANK.glossary.find((g) => g.id === id);
}

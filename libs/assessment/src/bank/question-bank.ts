import { ASSESSMENT_MODULES, AssessmentModule, ModuleId } from './assessment-module';
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
import { M11_QUESTIONS } from './modules/m11-ai-data';
import { M12_QUESTIONS } from './modules/m12-standards';
import { M13_QUESTIONS } from './modules/m13-employee-inventions';
import { M14_QUESTIONS } from './modules/m14-leakage-economic-security';
import { M15_QUESTIONS } from './modules/m15-human-capital-link';
import { M16_QUESTIONS } from './modules/m16-capital-cost';
import { Question } from './question';
import { TRACKS, Track } from './track';

/**
 * Bumped whenever a question, option, anchor or weight changes meaning. An assessment stores the version it was
 * answered on, so old rounds keep being scored against the content their answers refer to.
 */
export const BANK_VERSION = '2026.12-1';

/**
 * 2026.11-1 is 2026.12-1 without the §12 agenda modules (m11–m16): no question of it changed meaning (the equity
 * help text was only made precise), so rounds answered on it are still read and scored against exactly its questions.
 */
const PREVIOUS_BANK_VERSION = '2026.11-1';
const AGENDA_MODULES: ReadonlySet<ModuleId> = new Set(['m11', 'm12', 'm13', 'm14', 'm15', 'm16']);

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
    ...M11_QUESTIONS,
    ...M12_QUESTIONS,
    ...M13_QUESTIONS,
    ...M14_QUESTIONS,
    ...M15_QUESTIONS,
    ...M16_QUESTIONS,
  ],
  glossary: GLOSSARY,
};

// Indexes built once at load: scoring a full assessment must stay well under a millisecond.
const BY_ID: ReadonlyMap<string, Question> = new Map(BANK.questions.map((q) => [q.id, q]));
const PREVIOUS_BANK: QuestionBank = {
  version: PREVIOUS_BANK_VERSION,
  modules: BANK.modules.filter((m) => !AGENDA_MODULES.has(m.id)),
  questions: BANK.questions.filter((q) => !AGENDA_MODULES.has(q.module)),
  glossary: GLOSSARY,
};
const BANKS: ReadonlyMap<string, QuestionBank> = new Map([
  [BANK_VERSION, BANK],
  [PREVIOUS_BANK_VERSION, PREVIOUS_BANK],
]);
const byTrack = (bank: QuestionBank): Readonly<Record<Track, readonly Question[]>> => ({
  listed: bank.questions.filter((q) => q.tracks.includes('listed')),
  sme: bank.questions.filter((q) => q.tracks.includes('sme')),
});
const BY_VERSION_TRACK: ReadonlyMap<string, Readonly<Record<Track, readonly Question[]>>> = new Map(
  [...BANKS].map(([version, bank]) => [version, byTrack(bank)]),
);
const BY_TRACK = byTrack(BANK);

/** Newest first. */
export const SUPPORTED_BANK_VERSIONS: readonly string[] = [BANK_VERSION, PREVIOUS_BANK_VERSION];

/** The bank for a version (the current one by default); undefined for an unknown version. */
export function getBank(version: string = BANK_VERSION): QuestionBank | undefined {
  return BANKS.get(version);
}

export function isSupportedBankVersion(version: string): boolean {
  return SUPPORTED_BANK_VERSIONS.includes(version);
}

export function getQuestion(id: string): Question | undefined {
  return BY_ID.get(id);
}

/** Questions of a track in bank order, for a bank version (the current one by default; unknown → none). */
export function questionsForTrack(track: Track, version: string = BANK_VERSION): readonly Question[] {
  return version === BANK_VERSION ? BY_TRACK[track] : (BY_VERSION_TRACK.get(version)?.[track] ?? []);
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

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
import { SME_GLOSSARY } from '../sme/bank/sme-glossary';
import { SME_QUESTIONS } from '../sme/bank/sme-questions';
import { SME_TRACK_2026_11_1 } from '../sme/bank/sme-track-2026-11-1';
import { TRACKS, Track } from './track';

/**
 * Bumped whenever a question, option, anchor or weight changes meaning. An assessment stores the version it was
 * answered on, so old rounds keep being scored against the content their answers refer to.
 */
export const BANK_VERSION = '2026.12-1';
/** The version before the SME track was rewritten in the owner's words; its rounds stay readable. */
export const BANK_VERSION_2026_11_1 = '2026.11-1';

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
    ...SME_QUESTIONS,
  ],
  glossary: [...GLOSSARY, ...SME_GLOSSARY],
};

// Questions no longer asked in the current bank but still needed to read rounds of earlier versions.
const RETIRED_QUESTIONS: readonly Question[] = M10_QUESTIONS;

// Indexes built once at load: scoring a full assessment must stay well under a millisecond.
const BY_ID: ReadonlyMap<string, Question> = new Map([...BANK.questions, ...RETIRED_QUESTIONS].map((q) => [q.id, q]));
const BY_TRACK: Readonly<Record<Track, readonly Question[]>> = {
  listed: BANK.questions.filter((q) => q.tracks.includes('listed')),
  sme: BANK.questions.filter((q) => q.tracks.includes('sme')),
};
const SME_2026_11_1: readonly Question[] = SME_TRACK_2026_11_1.map((id) => {
  const q = BY_ID.get(id);
  if (!q) throw new Error(`bank 2026.11-1 question ${id} missing`);
  return q;
});

export const SUPPORTED_BANK_VERSIONS: readonly string[] = [BANK_VERSION_2026_11_1, BANK_VERSION];

/** The bank for a version (the current one by default); undefined for an unknown version. */
export function getBank(version: string = BANK_VERSION): QuestionBank | undefined {
  if (version === BANK_VERSION) return BANK;
  if (version === BANK_VERSION_2026_11_1) {
    const listed = BY_TRACK.listed;
    return { ...BANK, version, questions: [...listed, ...RETIRED_QUESTIONS], glossary: GLOSSARY };
  }
  return undefined;
}

export function isSupportedBankVersion(version: string): boolean {
  return SUPPORTED_BANK_VERSIONS.includes(version);
}

export function getQuestion(id: string): Question | undefined {
  return BY_ID.get(id);
}

/** The questions of a track as the given bank version asks them (the current version by default). */
export function questionsForTrack(track: Track, version: string = BANK_VERSION): readonly Question[] {
  if (track === 'sme' && version === BANK_VERSION_2026_11_1) return SME_2026_11_1;
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

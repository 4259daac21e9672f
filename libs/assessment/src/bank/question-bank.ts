import { BANK_VERSION } from './bank-version';
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
import { SME_GLOSSARY } from '../sme/bank/sme-glossary';
import { SME_QUESTIONS } from '../sme/bank/sme-questions';
import { SME_TRACK_2026_11_1 } from '../sme/bank/sme-track-2026-11-1';
import { TRACKS, Track } from './track';

/**
 * 2026.11-1: the listed track is 2026.12-1 without the §12 agenda modules (m11–m16; no question of it changed
 * meaning, the equity help text was only made precise), and the SME track is the frozen list of its 38 questions from
 * before the SME track was rewritten in the owner's words. Rounds answered on it stay readable and are scored
 * against exactly those questions.
 */
export const BANK_VERSION_2026_11_1 = '2026.11-1';
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
    ...M11_QUESTIONS,
    ...M12_QUESTIONS,
    ...M13_QUESTIONS,
    ...M14_QUESTIONS,
    ...M15_QUESTIONS,
    ...M16_QUESTIONS,
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
const LISTED_2026_11_1: readonly Question[] = BY_TRACK.listed.filter((q) => !AGENDA_MODULES.has(q.module));
const BANK_2026_11_1: QuestionBank = {
  version: BANK_VERSION_2026_11_1,
  modules: BANK.modules.filter((m) => !AGENDA_MODULES.has(m.id)),
  questions: [...LISTED_2026_11_1, ...SME_2026_11_1.filter((q) => !q.tracks.includes('listed'))],
  glossary: GLOSSARY,
};
const BANKS: ReadonlyMap<string, QuestionBank> = new Map([
  [BANK_VERSION, BANK],
  [BANK_VERSION_2026_11_1, BANK_2026_11_1],
]);

/** Newest first. */
export const SUPPORTED_BANK_VERSIONS: readonly string[] = [BANK_VERSION, BANK_VERSION_2026_11_1];

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

/**
 * The questions of a track as the given bank version asks them, in bank order (the current version by default;
 * unknown → none). On 2026.11-1 the listed track leaves out m11–m16 and the SME track is its frozen list.
 */
export function questionsForTrack(track: Track, version: string = BANK_VERSION): readonly Question[] {
  if (version === BANK_VERSION) return BY_TRACK[track];
  if (version === BANK_VERSION_2026_11_1) return track === 'sme' ? SME_2026_11_1 : LISTED_2026_11_1;
  return [];
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

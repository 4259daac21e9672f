import { LocalizedText } from '../../i18n/localized-text';
import { SupportForPrefecture } from '../support/support-for-prefecture';
import { SupportProgramme } from '../support/support-programmes';

/** A strength taken from the owner's own answers, never from a score alone. */
export interface SmeStrength {
  readonly questionId: string;
  readonly kind: 'own-words' | 'strength-kind' | 'good-practice';
  /** The owner's words (own-words) or the label of the answer they chose. */
  readonly text: LocalizedText;
}

export interface SmeExposure {
  readonly id: string;
  readonly severity: 1 | 2 | 3;
  readonly title: LocalizedText;
  readonly why: LocalizedText;
  readonly questionIds: readonly string[];
}

export interface SmeNextStep {
  readonly id: string;
  readonly title: LocalizedText;
  readonly thisMonth: LocalizedText;
  readonly cost: LocalizedText;
  /** Answers of the owner that led to this step (empty for a default step). */
  readonly because: readonly string[];
  readonly freeHelp: readonly SupportProgramme['id'][];
}

export interface SmeReport {
  readonly bankVersion: string;
  readonly strengths: readonly SmeStrength[];
  readonly exposures: readonly SmeExposure[];
  /** Always exactly three. */
  readonly nextSteps: readonly [SmeNextStep, SmeNextStep, SmeNextStep];
  readonly support: SupportForPrefecture;
}

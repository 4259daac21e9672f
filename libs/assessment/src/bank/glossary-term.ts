import { LocalizedText } from '../i18n/localized-text';

export interface GlossaryTerm {
  readonly id: string;
  readonly term: LocalizedText;
  readonly definition: LocalizedText;
  /** Surface forms that count as "using the term" in question text (schema test checks SME wording). */
  readonly aliases: readonly string[];
}

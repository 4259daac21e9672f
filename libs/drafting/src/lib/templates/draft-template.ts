import type { LocalizedText } from '@ipgn/assessment';
import type { DraftType, FactKey } from '../model/draft';

/** A "to be completed" slot as content: what to ask for, in both languages. */
export interface SlotSpec {
  /** Question of the assessment bank that would fill the slot. */
  readonly questionId?: string;
  /** Company fact that would fill the slot. */
  readonly factKey?: FactKey;
  readonly label: LocalizedText;
}

/**
 * Wording of one draft type, both languages side by side. Phrases may contain `{name}` placeholders, filled
 * by the builder with text from the inputs or with a slot; both languages must use the same placeholders.
 */
export interface DraftTemplate {
  readonly type: DraftType;
  readonly version: string;
  readonly title: LocalizedText;
  /** Section id → heading, in display order. */
  readonly sections: Readonly<Record<string, LocalizedText>>;
  readonly phrases: Readonly<Record<string, LocalizedText>>;
  readonly slots: Readonly<Record<string, SlotSpec>>;
}

export function p(ja: string, en: string): LocalizedText {
  return { ja, en };
}

import type { LocalizedText } from '@ipgn/assessment';
import type { Draft, FactKey, SlotRun } from '../model/draft';

export interface MissingInput {
  readonly slotId: string;
  readonly questionId?: string;
  readonly factKey?: FactKey;
  readonly label: LocalizedText;
  /** How many times the slot appears in the draft. */
  readonly occurrences: number;
}

export interface DraftCompleteness {
  readonly paragraphs: number;
  /** Paragraphs with no slot. */
  readonly filledParagraphs: number;
  readonly paragraphsWithSlots: number;
  /** Text runs vs slot runs. */
  readonly textRuns: number;
  readonly slots: number;
  /** Share of paragraphs without a slot, 0..1. */
  readonly ratio: number;
  readonly complete: boolean;
  /** More than half of the paragraphs still need input. */
  readonly mostlySlots: boolean;
  /** Distinct missing inputs in order of first appearance. */
  readonly missing: readonly MissingInput[];
}

export function draftCompleteness(draft: Draft): DraftCompleteness {
  let paragraphs = 0;
  let withSlots = 0;
  let textRuns = 0;
  let slots = 0;
  const missing = new Map<string, { slot: SlotRun; occurrences: number }>();
  for (const s of draft.sections) {
    for (const p of s.paragraphs) {
      paragraphs++;
      let has = false;
      for (const r of p.runs) {
        if (r.kind === 'text') {
          textRuns++;
          continue;
        }
        has = true;
        slots++;
        const m = missing.get(r.slotId);
        if (m) m.occurrences++;
        else missing.set(r.slotId, { slot: r, occurrences: 1 });
      }
      if (has) withSlots++;
    }
  }
  const ratio = paragraphs === 0 ? 0 : (paragraphs - withSlots) / paragraphs;
  return {
    paragraphs,
    filledParagraphs: paragraphs - withSlots,
    paragraphsWithSlots: withSlots,
    textRuns,
    slots,
    ratio: Math.round(ratio * 1000) / 1000,
    complete: slots === 0,
    mostlySlots: paragraphs > 0 && withSlots / paragraphs > 0.5,
    missing: [...missing.values()].map(({ slot, occurrences }) => ({
      slotId: slot.slotId,
      ...(slot.questionId ? { questionId: slot.questionId } : {}),
      ...(slot.factKey ? { factKey: slot.factKey } : {}),
      label: slot.label,
      occurrences,
    })),
  };
}

import type { DraftLanguage, SlotRun } from '../model/draft';
import { renderSlot } from '../render/render-draft';
import { RENDER_TEXT } from '../templates/render.template';

/** The marker a slot renders as in plain text: 【要記入：…】 / [To be completed: …] (the one rendering rule). */
export function slotMarker(slot: SlotRun, language: DraftLanguage): string {
  return renderSlot(slot, language);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARKER_START = new RegExp(
  (['ja', 'en'] as const).map((lang) => escape((RENDER_TEXT.slot[lang].split('{label}')[0] ?? '').trimEnd())).join('|'),
);

/** True when the text contains the opening of a slot marker in either language (text must not forge a slot). */
export function containsSlotMarker(text: string): boolean {
  return MARKER_START.test(text);
}

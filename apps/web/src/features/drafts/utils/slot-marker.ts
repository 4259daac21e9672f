import type { DraftLanguage, SlotRun } from '@ipgn/drafting';

/** The slot marker exactly as the API renders it (libs/drafting render.template: 【要記入：…】 / [To be completed: …]). */
export function slotMarker(slot: SlotRun, language: DraftLanguage): string {
  return language === 'ja' ? `【要記入：${slot.label.ja}】` : `[To be completed: ${slot.label.en}]`;
}

import type { DraftLanguage, DraftSection } from '@ipgn/drafting';
import { slotMarker } from './slot-marker';

/** A section as editable plain text: paragraphs separated by an empty line, slots as their markers. */
export function sectionText(section: DraftSection, language: DraftLanguage): string {
  return section.paragraphs.map((p) => p.runs.map((r) => (r.kind === 'text' ? r.text : slotMarker(r, language))).join('')).join('\n\n');
}

import type { DraftLanguage, DraftSection, Paragraph } from '../model/draft';
import { slotMarker } from './slot-marker';

/** One paragraph as plain text, slots as their markers. */
export function paragraphText(paragraph: Paragraph, language: DraftLanguage): string {
  return paragraph.runs.map((r) => (r.kind === 'text' ? r.text : slotMarker(r, language))).join('');
}

/** A section as editable plain text: paragraphs separated by an empty line, slots as their markers. */
export function sectionText(section: Pick<DraftSection, 'paragraphs'>, language: DraftLanguage): string {
  return section.paragraphs.map((p) => paragraphText(p, language)).join('\n\n');
}

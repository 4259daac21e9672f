import { diffChars, diffWordsWithSpace } from 'diff';
import {
  draftCompleteness,
  renderDraftText,
  type Draft,
  type DraftCompleteness,
  type DraftLanguage,
  type Paragraph,
  type SlotRun,
} from '@ipgn/drafting';
import { DisclosureInputError, scoreDisclosure, type DisclosureScore } from '@ipgn/disclosure-scoring';
import type { DiffOp, SectionDiff } from './draft-views';

/**
 * Text helpers over the Draft model: the marker a slot renders as, one paragraph as plain text, the score of a
 * version, and a per-section diff. Rendering goes through the library's `renderDraftText` only, so the markers
 * here are exactly those of the exported and scored text.
 */
export function slotMarker(slot: SlotRun, language: DraftLanguage): string {
  const probe: Draft = {
    type: 'cg-report',
    language,
    templateVersion: '',
    title: '',
    asOf: '',
    sections: [{ id: 'slot', heading: '', paragraphs: [{ runs: [slot] }] }],
    attachments: {},
  };
  return renderDraftText(probe).trim();
}

export function paragraphText(paragraph: Paragraph, language: DraftLanguage): string {
  return paragraph.runs.map((r) => (r.kind === 'text' ? r.text : slotMarker(r, language))).join('');
}

/** Every slot the draft has ever had (by id), so that an edit can keep or restore one but never invent one. */
export function slotsOf(...drafts: Draft[]): Map<string, SlotRun> {
  const slots = new Map<string, SlotRun>();
  for (const draft of drafts) {
    for (const section of draft.sections) {
      for (const p of section.paragraphs) for (const r of p.runs) if (r.kind === 'slot' && !slots.has(r.slotId)) slots.set(r.slotId, r);
    }
  }
  return slots;
}

export interface VersionScore {
  score: DisclosureScore | null;
  completeness: DraftCompleteness;
  text: string;
}

/** The disclosure score of the rendered text when no slot is left (null otherwise), and the completeness. */
export function scoreVersion(draft: Draft): VersionScore {
  const completeness = draftCompleteness(draft);
  const text = renderDraftText(draft);
  if (completeness.slots > 0) return { score: null, completeness, text };
  try {
    return { score: scoreDisclosure(text, { language: draft.language }), completeness, text };
  } catch (e) {
    if (e instanceof DisclosureInputError) return { score: null, completeness, text };
    throw e;
  }
}

const MAX_DIFF_EDITS = 4000;

/** Per-section text diff: characters for Japanese (no spaces between words), words for English. */
export function diffDrafts(from: Draft, to: Draft): SectionDiff[] {
  const ids = [...to.sections.map((s) => s.id), ...from.sections.map((s) => s.id).filter((id) => !to.sections.some((s) => s.id === id))];
  return ids.map((sectionId) => {
    const a = from.sections.find((s) => s.id === sectionId);
    const b = to.sections.find((s) => s.id === sectionId);
    const textOf = (d: Draft, s: Draft['sections'][number] | undefined) => (s ? s.paragraphs.map((p) => paragraphText(p, d.language)).join('\n\n') : '');
    const before = textOf(from, a);
    const after = textOf(to, b);
    const options = { maxEditLength: MAX_DIFF_EDITS };
    const parts = to.language === 'ja' ? diffChars(before, after, options) : diffWordsWithSpace(before, after, options);
    // Beyond MAX_DIFF_EDITS the diff gives up (undefined): show the section as replaced rather than stall.
    const changes: { op: DiffOp; text: string }[] = parts
      ? parts.map((p) => ({ op: p.added ? 'added' : p.removed ? 'removed' : 'equal', text: p.value }))
      : [
          { op: 'removed' as const, text: before },
          { op: 'added' as const, text: after },
        ].filter((c) => c.text.length > 0);
    return { sectionId, heading: (b ?? a)?.heading ?? sectionId, changed: before !== after, changes };
  });
}

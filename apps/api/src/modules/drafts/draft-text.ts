import { diffChars, diffWordsWithSpace } from 'diff';
import { draftCompleteness, paragraphText, renderDraftText, type Draft, type DraftCompleteness } from '@ipgn/drafting';
import { DisclosureInputError, type DisclosureScore } from '@ipgn/disclosure-scoring';
import { ApiException } from '../../common/errors/api-exception';
import { judgeOffThread } from '../disclosures/judging/judge-off-thread';
import { diffParagraphs } from './paragraph-diff';

// Slot markers, a paragraph as text and the slots of a draft are libs/drafting's (text/); re-exported here for
// the export and AI services of this module.
export { paragraphText, slotMarker, slotsOf } from '@ipgn/drafting';
import type { DiffOp, SectionDiff } from '@ipgn/contracts';

export interface VersionScore {
  score: DisclosureScore | null;
  completeness: DraftCompleteness;
  text: string;
}

/**
 * The disclosure score of the rendered text when no slot is left (null otherwise, and for an SME one-pager), and the
 * completeness. Judged in the judging worker: a draft of eight 20,000-character sections would otherwise hold the
 * event loop for a third of a second on every save.
 */
export async function scoreVersion(draft: Draft): Promise<VersionScore> {
  const completeness = draftCompleteness(draft);
  const text = renderDraftText(draft);
  // An SME one-pager is not a disclosure: the listed-company score does not apply to it (issue 13); the web app
  // shows its own checklist (smeOnePagerChecklist) instead.
  if (completeness.slots > 0 || draft.type === 'sme-one-pager') return { score: null, completeness, text };
  try {
    // A CG-report draft gets JPX400's floor check; the score of a generated draft is not evidence of quality.
    const documentType =
      draft.type === 'cg-report'
        ? 'cg_report'
        : draft.type === 'integrated-report'
          ? 'integrated_report'
          : draft.type === 'securities-report'
            ? 'securities_report'
            : 'other';
    return { score: await judgeOffThread(text, { language: draft.language, documentType }), completeness, text };
  } catch (e) {
    if (e instanceof DisclosureInputError) return { score: null, completeness, text };
    // A busy or stuck judging worker must not cost the writer the save: the version is kept without a score (the
    // editor says so, and the next save scores it).
    if (e instanceof ApiException && (e.code === 'JUDGE_BUSY' || e.code === 'JUDGE_TIMEOUT')) {
      return { score: null, completeness, text };
    }
    throw e;
  }
}

const MAX_DIFF_EDITS = 4000;

/** Per-section text diff: characters for Japanese (no spaces between words), words for English. */
export function diffDrafts(from: Draft, to: Draft): SectionDiff[] {
  const ids = [
    ...to.sections.map((s) => s.id),
    ...from.sections.map((s) => s.id).filter((id) => !to.sections.some((s) => s.id === id)),
  ];
  return ids.map((sectionId) => {
    const a = from.sections.find((s) => s.id === sectionId);
    const b = to.sections.find((s) => s.id === sectionId);
    const paragraphsOf = (d: Draft, s: Draft['sections'][number] | undefined) =>
      s ? s.paragraphs.map((p) => paragraphText(p, d.language)) : [];
    const beforeParagraphs = paragraphsOf(from, a);
    const afterParagraphs = paragraphsOf(to, b);
    const before = beforeParagraphs.join('\n\n');
    const after = afterParagraphs.join('\n\n');
    const options = { maxEditLength: MAX_DIFF_EDITS };
    const parts = to.language === 'ja' ? diffChars(before, after, options) : diffWordsWithSpace(before, after, options);
    // Beyond MAX_DIFF_EDITS the diff gives up (undefined): show the section as replaced rather than stall.
    const changes: { op: DiffOp; text: string }[] = parts
      ? parts.map((p) => ({ op: p.added ? 'added' : p.removed ? 'removed' : 'equal', text: p.value }))
      : [
          { op: 'removed' as const, text: before },
          { op: 'added' as const, text: after },
        ].filter((c) => c.text.length > 0);
    const paragraphs = diffParagraphs(beforeParagraphs, afterParagraphs, to.language);
    return { sectionId, heading: (b ?? a)?.heading ?? sectionId, changed: before !== after, changes, paragraphs };
  });
}

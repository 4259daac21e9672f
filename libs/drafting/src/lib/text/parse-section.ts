import type { DraftLanguage, Paragraph, Run, SlotRun } from '../model/draft';
import { containsSlotMarker, slotMarker } from './slot-marker';

/** Why an edited section was refused: the field (`text`, `paragraphs.0.runs.1.slotId`…) and a code. */
export interface SectionTextProblem {
  field: string;
  code: 'unknown' | 'slotMarker';
}

export type ParsedSection = { ok: true; paragraphs: Paragraph[] } | { ok: false; problems: SectionTextProblem[] };

/** An edited run as a client sends it: text, or a slot named by id. */
export interface RunInput {
  kind: 'text' | 'slot';
  text?: string;
  slotId?: string;
}

/**
 * Plain text back into paragraphs: paragraphs are separated by an empty line; a slot marker exactly as the draft
 * renders it turns back into that slot (longest marker first); any other marker is refused (`slotMarker`).
 */
export function parseSectionText(
  text: string,
  known: ReadonlyMap<string, SlotRun>,
  language: DraftLanguage,
): ParsedSection {
  const markers = [...known.values()]
    .map((slot) => ({ slot, marker: slotMarker(slot, language) }))
    .sort((a, b) => b.marker.length - a.marker.length);
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n+/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    const runs: Run[] = [];
    let rest = block;
    while (rest.length > 0) {
      let best: { index: number; slot: SlotRun; marker: string } | null = null;
      for (const m of markers) {
        const index = rest.indexOf(m.marker);
        if (index >= 0 && (best === null || index < best.index)) best = { index, ...m };
      }
      if (!best) {
        runs.push({ kind: 'text', text: rest });
        break;
      }
      if (best.index > 0) runs.push({ kind: 'text', text: rest.slice(0, best.index) });
      runs.push(best.slot);
      rest = rest.slice(best.index + best.marker.length);
    }
    if (runs.some((r) => r.kind === 'text' && containsSlotMarker(r.text)))
      return { ok: false, problems: [{ field: 'text', code: 'slotMarker' }] };
    paragraphs.push({ runs });
  }
  return { ok: true, paragraphs };
}

/**
 * Paragraphs given as runs: slots are named by id and must be slots this draft has had (`unknown`); text may not
 * contain a slot marker (`slotMarker`). Empty text runs and empty paragraphs are dropped.
 */
export function parseSectionRuns(
  input: readonly { runs: readonly RunInput[] }[],
  known: ReadonlyMap<string, SlotRun>,
): ParsedSection {
  const problems: SectionTextProblem[] = [];
  const paragraphs = input.map((p, i): Paragraph => ({
    runs: p.runs.map((r, j): Run => {
      if (r.kind === 'slot') {
        const slot = known.get(r.slotId ?? '');
        if (!slot) problems.push({ field: `paragraphs.${i}.runs.${j}.slotId`, code: 'unknown' });
        return slot ?? { kind: 'text', text: '' };
      }
      if (containsSlotMarker(r.text ?? ''))
        problems.push({ field: `paragraphs.${i}.runs.${j}.text`, code: 'slotMarker' });
      return { kind: 'text', text: r.text ?? '' };
    }),
  }));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    paragraphs: paragraphs
      .map((p) => ({ runs: p.runs.filter((r) => r.kind === 'slot' || r.text.length > 0) }))
      .filter((p) => p.runs.length > 0),
  };
}

import { highlightSegments, type TextSpan } from './highlight-segments';
import type { SentenceBounds } from './evidence-sentences';

/**
 * What the text view highlights for a criterion, so the caption can say it: whole sentences; words or phrases
 * (`spans`, as merged on screen) inside some sentences; or, without the judged sentences (a result saved before v2),
 * passages.
 */
export type EvidenceHighlights =
  | { kind: 'sentences'; sentences: number }
  | { kind: 'spans'; spans: number; sentences: number }
  | { kind: 'passages'; passages: number };

/**
 * A span is a whole sentence when it covers the sentence's text without the white space around it. Spans lie in the
 * sentence whose [start, end) holds their start; one in no known sentence counts as a sentence of its own.
 */
export function evidenceHighlights(
  text: string,
  evidence: readonly TextSpan[],
  sentences: readonly SentenceBounds[],
): EvidenceHighlights {
  const shown = highlightSegments(text, evidence).filter((s) => s.highlighted).length;
  if (sentences.length === 0) return { kind: 'passages', passages: shown };
  const homes = new Set<string>();
  let whole = true;
  for (const e of evidence) {
    const home = sentences.find((s) => s.start <= e.start && e.start < s.end);
    homes.add(home ? `s${home.start}` : `e${e.start}`);
    if (!home) continue;
    const raw = text.slice(home.start, home.end);
    const coreStart = home.start + (raw.length - raw.trimStart().length);
    const coreEnd = home.end - (raw.length - raw.trimEnd().length);
    if (e.start > coreStart || e.end < coreEnd) whole = false;
  }
  return whole ? { kind: 'sentences', sentences: homes.size } : { kind: 'spans', spans: shown, sentences: homes.size };
}

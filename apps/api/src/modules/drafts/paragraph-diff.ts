import { diffArrays } from 'diff';
import type { DiffOp, DiffSpan, ParagraphDiff } from '@ipgn/contracts';

/** Beyond this many tokens in a paragraph pair, the pair is shown as replaced (no word highlights) to stay fast. */
const MAX_WORD_TOKENS = 3_000;
/** Beyond this many paragraphs on either side, paragraphs are matched by position only. */
const MAX_PARAGRAPHS = 2_000;

/** Words (and the spaces and punctuation between them) of a paragraph: Intl.Segmenter also splits Japanese into words. */
export function wordTokens(text: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language === 'en' ? 'en' : 'ja', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** Merges neighbouring tokens of the same kind into spans. */
function spans(parts: { op: DiffOp; text: string }[]): DiffSpan[] {
  const out: DiffSpan[] = [];
  for (const p of parts) {
    if (p.text === '') continue;
    const last = out.at(-1);
    if (last && last.op === p.op) last.text += p.text;
    else out.push({ op: p.op, text: p.text });
  }
  return out;
}

/** Word-level differences of one paragraph and its revision: the old side marks removals, the new side additions. */
export function wordDiff(before: string, after: string, language: string): { before: DiffSpan[]; after: DiffSpan[] } {
  const a = wordTokens(before, language);
  const b = wordTokens(after, language);
  if (a.length + b.length > MAX_WORD_TOKENS)
    return { before: [{ op: 'removed', text: before }], after: [{ op: 'added', text: after }] };
  const left: { op: DiffOp; text: string }[] = [];
  const right: { op: DiffOp; text: string }[] = [];
  for (const part of diffArrays(a, b)) {
    const text = part.value.join('');
    if (part.added) right.push({ op: 'added', text });
    else if (part.removed) left.push({ op: 'removed', text });
    else {
      left.push({ op: 'equal', text });
      right.push({ op: 'equal', text });
    }
  }
  return { before: spans(left), after: spans(right) };
}

/**
 * Paragraph-level differences, as in a word processor's "compare documents": paragraphs are matched (unchanged
 * ones kept whole), a removed paragraph followed by an added one is a revised paragraph with word-level
 * highlights, and paragraph breaks are never lost.
 */
export function diffParagraphs(before: readonly string[], after: readonly string[], language: string): ParagraphDiff[] {
  if (before.length > MAX_PARAGRAPHS || after.length > MAX_PARAGRAPHS) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => pair(before[i], after[i], language));
  }
  const out: ParagraphDiff[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const n = Math.max(removed.length, added.length);
    for (let i = 0; i < n; i += 1) out.push(pair(removed[i], added[i], language));
    removed = [];
    added = [];
  };
  for (const part of diffArrays([...before], [...after])) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      for (const text of part.value)
        out.push({ op: 'equal', before: [{ op: 'equal', text }], after: [{ op: 'equal', text }] });
    }
  }
  flush();
  return out;
}

function pair(before: string | undefined, after: string | undefined, language: string): ParagraphDiff {
  if (before === undefined && after !== undefined)
    return { op: 'added', before: null, after: [{ op: 'added', text: after }] };
  if (after === undefined && before !== undefined)
    return { op: 'removed', before: [{ op: 'removed', text: before }], after: null };
  const a = before ?? '';
  const b = after ?? '';
  if (a === b) return { op: 'equal', before: [{ op: 'equal', text: a }], after: [{ op: 'equal', text: b }] };
  return { op: 'changed', ...wordDiff(a, b, language) };
}

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface TextSegment {
  readonly start: number;
  readonly text: string;
  readonly highlighted: boolean;
}

/**
 * Cuts `text` into plain and highlighted runs for the given spans (UTF-16 offsets, end exclusive). Spans are
 * clamped to the text, sorted, and overlapping or touching spans merged, so every character appears once.
 */
export function highlightSegments(text: string, spans: readonly TextSpan[]): TextSegment[] {
  const sorted = spans
    .map((s) => ({
      start: Math.max(0, Math.min(s.start, text.length)),
      end: Math.max(0, Math.min(s.end, text.length)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const out: TextSegment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) out.push({ start: at, text: text.slice(at, span.start), highlighted: false });
    out.push({ start: span.start, text: text.slice(span.start, span.end), highlighted: true });
    at = span.end;
  }
  if (at < text.length) out.push({ start: at, text: text.slice(at), highlighted: false });
  return out;
}

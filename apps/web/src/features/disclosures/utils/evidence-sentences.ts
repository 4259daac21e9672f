/** Where a sentence lies in the text (UTF-16 offsets, end exclusive). */
export interface SentenceBounds {
  readonly start: number;
  readonly end: number;
}

/**
 * How many distinct sentences the evidence spans lie in: a span belongs to the sentence whose [start, end) contains
 * its start (a span in no known sentence counts on its own). Several spans of one sentence count once. Null when the
 * sentences are not known (a result saved before v2): then only the spans ("passages") can be counted.
 */
export function evidenceSentenceCount(
  evidence: readonly SentenceBounds[],
  sentences: readonly SentenceBounds[],
): number | null {
  if (sentences.length === 0) return null;
  const seen = new Set<string>();
  for (const e of evidence) {
    const home = sentences.find((s) => s.start <= e.start && e.start < s.end);
    seen.add(home ? `s${home.start}` : `e${e.start}`);
  }
  return seen.size;
}

import type { DisclosureScore } from '@ipgn/disclosure-scoring';

/** A v2 judgement as a scorer before v2.4 stored it: no `unanchored` on its sentences or chains (issue 18). */
export function storedBeforeV24(result: DisclosureScore): DisclosureScore {
  const copy = JSON.parse(JSON.stringify(result)) as {
    sentences: Record<string, unknown>[];
    chains: Record<string, unknown>[];
  };
  for (const s of copy.sentences) delete s['unanchored'];
  for (const c of copy.chains) {
    delete c['unanchored'];
    delete c['unanchoredSentences'];
  }
  return copy as unknown as DisclosureScore;
}

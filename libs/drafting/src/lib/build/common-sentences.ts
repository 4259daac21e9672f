import type { DraftContext } from './draft-context';
import type { Sentence } from './blocks';
import type { DraftWriter } from './writer';
import { joinList } from './writer';

/** "A (segment), B (segment)…" from the key intangibles in the facts. */
export function namedIntangibles(ctx: DraftContext, w: DraftWriter, phraseKey: string, limit = Infinity): Sentence | null {
  const items = (ctx.facts.intangibles ?? []).slice(0, limit);
  if (items.length === 0) return null;
  const parts = items.map((i) => {
    const segment = ctx.segmentName(i.segmentIds[0], w.lang);
    const name = w.l(i.name);
    return segment ? w.phrase(phraseKey, { asset: name, segment }) : [{ kind: 'text' as const, text: name }];
  });
  const texts = parts.map((runs) => runs.map((r) => (r.kind === 'text' ? r.text : '')).join(''));
  return [{ kind: 'text', text: joinList(texts, w.lang) }];
}

export function segmentList(ctx: DraftContext, w: DraftWriter, ids?: readonly string[]): string | null {
  const segs = ids ? ids.map((id) => ctx.segment(id)).filter((s) => s !== undefined) : ctx.segments;
  if (segs.length === 0) return null;
  return joinList(segs.map((s) => w.l(s.name)), w.lang);
}

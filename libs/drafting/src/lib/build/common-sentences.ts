import type { DraftContext } from './draft-context';
import type { Sentence } from './blocks';
import { DraftWriter, formatFiscalYear, joinList } from './writer';

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

/** Segments the portfolio strategy grows; all segments when no portfolio is given. */
export function focusSegmentIds(ctx: DraftContext): readonly string[] | undefined {
  const growth = (ctx.facts.portfolio ?? []).filter((f) => f.toBe === 'growth').map((f) => f.segmentId);
  return growth.length > 0 ? growth : undefined;
}

export function strategySentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const level = ctx.level('m3.strategy-integration');
  const plan = ctx.facts.midTermPlan;
  const segments = segmentList(ctx, w, focusSegmentIds(ctx));
  if (level === undefined || !plan || !segments) return [w.slot('strategy')];
  if (level < 3) return null;
  return w.phrase('strategy', { plan: w.l(plan.name), segments });
}

export function assetsSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const named = namedIntangibles(ctx, w, 'assetWithSegment', 4);
  return named ? w.phrase('assets', { assets: named }) : [w.slot('assets')];
}

export function skillMatrixSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const v = ctx.choice('m6.skill-matrix');
  if (v === undefined) return ctx.applies('m6.skill-matrix') ? [w.slot('skillMatrix')] : null;
  if (v === 'ip') return w.phrase('skillMatrixIp');
  if (v === 'technology') return w.phrase('skillMatrixTech');
  return null;
}

export function oversightSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const level = ctx.level('m6.board-oversight');
  if (level === undefined) return ctx.applies('m6.board-oversight') ? [w.slot('oversight')] : null;
  if (level < 3) return null;
  const committee = ctx.facts.governance?.committee;
  return committee ? w.phrase('oversight', { committee: w.l(committee.name) }) : w.phrase('oversightNoCommittee');
}

export function orSlot(w: DraftWriter, sentences: readonly Sentence[], slot: string): Sentence[] {
  return sentences.length > 0 ? [...sentences] : [[w.slot(slot)]];
}


export function visionSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const v = ctx.facts.vision;
  if (v) return w.phrase('vision', { year: formatFiscalYear(v.targetYear, w.lang), statement: w.l(v.statement) });
  const text = ctx.text('m3.to-be-description');
  return text ? w.phrase('visionAnswer', { text }) : [w.slot('vision')];
}


import type { DraftContext } from './draft-context';
import type { Sentence } from './sentence';
import { ans, fact } from './sentence';
import { answerText, factClause } from './text-fills';
import { DraftWriter, joinList } from './writer';
import { planSentences } from './governance-sentences';

const LEVEL_FRAMES = ['strategyL1', 'strategyL1', 'strategyL2', 'strategyL3', 'strategyL4'] as const;

/** Where IP sits in the strategy, at exactly the answered level (the plan named when entered). */
export function strategySentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const level = ctx.level('m3.strategy-integration');
  if (level === undefined) return [w.gap('strategy')];
  const plan = ctx.facts.midTermPlan;
  const planName = plan
    ? w.l(plan.name)
    : w
        .phrase('planGeneric')
        .map((r) => (r.kind === 'text' ? r.text : ''))
        .join('');
  const frame = LEVEL_FRAMES[Math.max(0, Math.min(4, Math.round(level)))] ?? 'strategyL1';
  const out = [
    w.say(frame, { plan: planName }, [
      ans('m3.strategy-integration'),
      ...(plan && level >= 3 ? [fact('midTermPlan')] : []),
    ]),
  ];
  // Below book value the strategy plan answers TSE's request and is written there (valuationSentences), once.
  const pbr = ctx.result.quantification.pbr.value;
  if (level < 3 && !(pbr !== null && pbr < 1)) out.push(...planSentences(ctx, w, ['strategy']));
  return out;
}

/** The key intangibles: the facts, else the user's own three (m1.top-three), else a slot. */
export function assetsSentence(ctx: DraftContext, w: DraftWriter, who?: string): Sentence {
  const items = (ctx.facts.intangibles ?? []).slice(0, 4);
  if (items.length > 0) {
    const parts = items.map((i) => {
      const segment = ctx.segmentName(i.segmentIds[0], w.lang);
      const name = w.l(i.name);
      return segment
        ? w
            .phrase('assetWithSegment', { asset: name, segment })
            .map((r) => (r.kind === 'text' ? r.text : ''))
            .join('')
        : name;
    });
    return w.say(
      'assets',
      { assets: joinList(parts, w.lang) },
      items.map((i) => fact(`intangibles.${i.id}`)),
    );
  }
  const three = ctx.text('m1.top-three');
  if (three)
    return w.say(
      'topThree',
      { who: who ?? (w.lang === 'ja' ? '当社' : 'management'), text: answerText(w, three, 'm1.top-three') },
      [ans('m1.top-three')],
    );
  return w.gap('assets');
}

export function visionSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const v = ctx.facts.vision;
  if (v)
    return w.say('vision', { year: w.year(v.targetYear), statement: factClause(w, v.statement) }, [fact('vision')]);
  const text = ctx.text('m3.to-be-description');
  return text
    ? w.say('visionAnswer', { text: answerText(w, text, 'm3.to-be-description') }, [ans('m3.to-be-description')])
    : w.gap('vision');
}

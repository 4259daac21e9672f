import { DIALOGUE_KIND_LABELS, STANCE_LABELS } from '../templates/common.template';
import type { DraftContext } from './draft-context';
import type { Sentence } from './sentence';
import { ans, fact } from './sentence';
import { answerText, factClause, isClause } from './text-fills';
import { DraftWriter, formatMonth, formatNumber, formatUnit } from './writer';

/**
 * Competitor comparisons. A comparison is called an IP landscape analysis only when it was entered as one
 * (`ipLandscape`); without a structured comparison, the answers say what was done (never "an IP landscape").
 */
export function benchmarkSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  for (const b of (ctx.facts.benchmarks ?? []).slice(0, limit)) {
    const segment = ctx.segmentName(b.segmentId, w.lang);
    const values = {
      metric: w.l(b.metric),
      scope: segment ? w.phrase('scope', { segment }) : '',
      own: formatUnit(b.ownValue, b.unit, w.lang),
      peer: w.l(b.peer),
      peerValue: formatUnit(b.peerValue, b.unit, w.lang),
      fy: w.fy(b.fiscalYear),
    };
    const sources = [fact(`benchmarks.${b.id}`)];
    out.push(
      b.ipLandscape ? w.say('benchmarkIpl', values, sources) : w.vary(['benchmarkA', 'benchmarkB'], values, sources),
    );
    if (b.decision)
      out.push(
        w.say(isClause(b.decision) ? 'decisionClause' : 'decisionNoun', { decision: factClause(w, b.decision) }, [
          fact(`benchmarks.${b.id}.decision`),
        ]),
      );
  }
  if (out.length > 0) return out;
  const when = ctx.choice('m2.competitor-comparison');
  if (when === 'within-2y') out.push(w.say('comparisonRecent', {}, [ans('m2.competitor-comparison')]));
  if (when === 'continuous') out.push(w.say('comparisonContinuous', {}, [ans('m2.competitor-comparison')]));
  const notes = ctx.text('m2.competitor-notes');
  if (notes)
    out.push(
      w.say('competitorNotes', { text: answerText(w, notes, 'm2.competitor-notes') }, [ans('m2.competitor-notes')]),
    );
  return out;
}

export function openCloseSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  for (const o of ctx.facts.openClose ?? []) {
    const intangible = ctx.intangible(o.intangibleId);
    const segment = ctx.segmentName(intangible?.segmentIds[0], w.lang);
    if (!intangible || !segment) continue;
    const values = {
      segment,
      intangible: w.l(intangible.name),
      rationale: factClause(w, o.rationale),
      stance: w.l(STANCE_LABELS[o.stance]),
    };
    out.push(
      w.vary(['openCloseA', 'openCloseB'], values, [
        fact(`openClose.${o.intangibleId}`),
        fact(`intangibles.${o.intangibleId}`),
      ]),
    );
    if (out.length >= limit) break;
  }
  return out;
}

/** Entered risks, then what the answers say about infringement checks and secrets, each at its level. */
export function riskSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const risks = ctx.facts.risks ?? [];
  const out: Sentence[] = risks.map((r) =>
    w.vary(
      isClause(r.response) ? ['riskClauseA', 'riskClauseB'] : ['riskNounA', 'riskNounB'],
      { risk: factClause(w, r.risk), response: factClause(w, r.response) },
      [fact(`risks.${r.id}`)],
    ),
  );
  const fto = ctx.level('m2.freedom-to-operate');
  if (fto !== undefined && !risks.some((r) => r.id === 'infringement')) {
    const frame = fto >= 4 ? 'ftoL4' : fto >= 3 ? 'ftoL3' : fto >= 2 ? 'ftoL2' : 'ftoLow';
    out.push(w.say(frame, {}, [ans('m2.freedom-to-operate')]));
  }
  const secrets = ctx.level('m4.secret-management');
  if (secrets !== undefined && secrets >= 2 && !risks.some((r) => r.id === 'know-how-leak')) {
    out.push(
      w.say(secrets >= 4 ? 'secretsL4' : secrets >= 3 ? 'secretsL3' : 'secretsL2', {}, [ans('m4.secret-management')]),
    );
  }
  return out;
}

export function dialogueSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  return (ctx.facts.dialogueEvents ?? []).slice(0, limit).map((e) => {
    const participants =
      e.participants === undefined ? '' : w.phrase('dialogueParticipants', { n: formatNumber(e.participants) });
    const base = { month: formatMonth(e.month, w.lang), event: w.l(DIALOGUE_KIND_LABELS[e.kind]), participants };
    const sources = [fact(`dialogueEvents.${e.id}`)];
    return e.feedback && e.change
      ? w.vary(
          ['dialogueA', 'dialogueB'],
          { ...base, feedback: factClause(w, e.feedback), change: factClause(w, e.change) },
          sources,
        )
      : w.say('dialogueNoFeedback', base, sources);
  });
}

import type { PlanTopic } from '../model/company-facts';
import { FREQUENCY_LABELS } from '../templates/common.template';
import type { DraftContext } from './draft-context';
import type { Sentence } from './sentence';
import { ans, fact, profile } from './sentence';
import { factClause, isClause } from './text-fills';
import { DraftWriter, formatMonth, formatNumber, joinList } from './writer';

/** Dated plans the company entered for the given topics (comply-or-explain: what will change, by when). */
export function planSentences(ctx: DraftContext, w: DraftWriter, topics: readonly PlanTopic[]): Sentence[] {
  return (ctx.facts.plans ?? [])
    .filter((p) => topics.includes(p.topic))
    .map((p) =>
      w.say(
        isClause(p.action) ? 'plan' : 'planNoun',
        { due: formatMonth(p.due, w.lang), action: factClause(w, p.action) },
        [fact(`plans.${p.id}`)],
      ),
    );
}

/** How the owner is called in an SME (社長 / 代表 as entered), else the company's executive title, else null. */
export function smeOwnerWord(
  ctx: DraftContext,
  w: DraftWriter,
): { word: string; source: ReturnType<typeof fact> } | null {
  const t = ctx.facts.sme?.ownerTitle;
  // English is optional in the SME facts: without it the English draft falls back to the generic word.
  const word = t ? (w.lang === 'ja' ? t.ja : t.en) : undefined;
  if (word) return { word, source: fact('sme.ownerTitle') };
  const o = ctx.facts.governance?.ipOwner;
  return o ? { word: w.l(o), source: fact('governance.ipOwner') } : null;
}

/** Who owns the IP strategy, exactly as entered; the honest current state when nobody does. */
export function ownerSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const title = ctx.facts.governance?.ipOwner;
  const answer = ctx.choice('m6.executive-owner');
  const sme = !ctx.listed;
  if (sme && answer === 'executive-part') {
    const who = smeOwnerWord(ctx, w);
    if (who) return w.say('ownerSme', { who: who.word }, [ans('m6.executive-owner'), who.source]);
  }
  if (title) return w.say('owner', { owner: w.l(title) }, [fact('governance.ipOwner')]);
  if (answer === 'dedicated-executive') return w.say('ownerDedicated', {}, [ans('m6.executive-owner')]);
  if (answer === 'executive-part') return w.say('ownerPart', {}, [ans('m6.executive-owner')]);
  if (answer === 'staff') return w.say('ownerStaff', {}, [ans('m6.executive-owner')]);
  if (answer === 'nobody') return w.say('ownerNobody', {}, [ans('m6.executive-owner')]);
  return w.gap('owner');
}

export function committeeSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const c = ctx.facts.governance?.committee;
  const answer = ctx.choice('m6.board-committee');
  if (c && answer !== 'none') {
    const out = [
      w.say(
        'committee',
        { committee: w.l(c.name), chair: w.l(c.chair), frequency: w.l(FREQUENCY_LABELS[c.frequency]) },
        [fact('governance.committee')],
      ),
    ];
    // A reporting line is written only when it was entered.
    if (ctx.facts.governance?.committeeReportsToBoard === true) {
      out.push(w.say('committeeReports', { committee: w.l(c.name) }, [fact('governance.committeeReportsToBoard')]));
    }
    return out;
  }
  if (answer === 'board-advisory') return [w.say('committeeBoardAdvisory', {}, [ans('m6.board-committee')])];
  if (answer === 'management') return [w.say('committeeManagement', {}, [ans('m6.board-committee')])];
  if (answer === 'none') return [w.say('committeeNone', {}, [ans('m6.board-committee')])];
  return ctx.applies('m6.board-committee') ? [w.gap('committee')] : [];
}

export function boardSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const n = ctx.number('m6.board-discussions');
  const period = ctx.periodLabel(w.lang);
  const out: Sentence[] = [];
  if (n === undefined) {
    if (ctx.applies('m6.board-discussions')) out.push(w.gap('boardCount'));
  } else if (n > 0) {
    const count =
      n === 1
        ? w.phrase('boardOnce')
        : n === 2
          ? w.phrase('boardTwice')
          : w.phrase('boardTimes', { n: formatNumber(n) });
    out.push(w.say('boardCount', { period, count }, [ans('m6.board-discussions'), profile('fiscalYearEndMonth')]));
  } else {
    out.push(w.say('boardNone', { period }, [ans('m6.board-discussions'), profile('fiscalYearEndMonth')]));
  }
  const topics = ctx.facts.governance?.boardTopics ?? [];
  if (n !== 0 && topics.length > 0)
    out.push(
      w.say(
        'boardTopics',
        {
          topics: joinList(
            topics.map((t) => factClause(w, t)),
            w.lang,
          ),
        },
        [fact('governance.boardTopics')],
      ),
    );
  return out;
}

export function skillMatrixSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const v = ctx.choice('m6.skill-matrix');
  if (v === undefined) return ctx.applies('m6.skill-matrix') ? w.gap('skillMatrix') : null;
  if (v === 'ip') return w.say('skillMatrixIp', {}, [ans('m6.skill-matrix')]);
  if (v === 'technology') return w.say('skillMatrixTech', {}, [ans('m6.skill-matrix')]);
  return null;
}

const OVERSIGHT_FRAMES = ['oversightL0', 'oversightL1', 'oversightL2', 'oversightL3', 'oversightL4'] as const;

/** Board oversight at exactly the answered level, then any dated plan for governance or oversight. */
export function oversightSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const level = ctx.level('m6.board-oversight');
  const plans = planSentences(ctx, w, ['oversight', 'governance']);
  if (level === undefined) return ctx.applies('m6.board-oversight') ? [w.gap('oversight'), ...plans] : plans;
  const frame = OVERSIGHT_FRAMES[Math.max(0, Math.min(4, Math.round(level)))] ?? 'oversightL0';
  return [w.say(frame, {}, [ans('m6.board-oversight')]), ...plans];
}

/** The head of IP in strategy meetings: level 3 and 4 have their own wording; below, nothing is claimed. */
export function ipHeadSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const level = ctx.level('m6.ip-head-in-strategy');
  if (level === undefined || level < 3) return null;
  return w.say(level >= 4 ? 'ipHeadL4' : 'ipHeadL3', {}, [ans('m6.ip-head-in-strategy')]);
}

/** What happens to investor feedback, at exactly the answered level ("there are examples" at level 3). */
export function feedbackSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const level = ctx.level('m8.feedback-loop');
  if (level === undefined || level < 2) return null;
  return w.say(level >= 4 ? 'feedbackL4' : level >= 3 ? 'feedbackL3' : 'feedbackL2', {}, [ans('m8.feedback-loop')]);
}

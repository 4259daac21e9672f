import type { AllocationFact, KpiFact } from '../model/company-facts';
import type { DraftInput } from '../model/draft-input';
import { DraftContext } from '../build/draft-context';
import { STORY_CHECK_LABELS, STORY_FINDING_TEXT } from '../templates/story.template';
import type {
  BusinessStory,
  InputRef,
  StoryChain,
  StoryCheckItem,
  StoryCheckStatus,
  StoryFinding,
  StoryFindingKind,
  StoryModel,
  StoryOversight,
} from './story-model';
import { storyMermaid } from './story-mermaid';

function finding(
  kind: StoryFindingKind,
  subjectId: string,
  subject: string,
  subjectEn: string,
  factKey: StoryFinding['factKey'],
): StoryFinding {
  const t = STORY_FINDING_TEXT[kind];
  return {
    kind,
    subjectId,
    factKey,
    // A name left empty in one language falls back to the other, never to an empty 「」 / "".
    message: {
      ja: t.ja.replace('{subject}', subject.trim() || subjectEn),
      en: t.en.replace('{subject}', subjectEn.trim() || subject),
    },
  };
}

/** A KPI tracks a chain when it names the chain's intangible, or is an outcome KPI of the chain's business. */
function tracks(k: KpiFact, chain: { intangibleId: string; segmentId: string }): boolean {
  if (k.intangibleId !== undefined) return k.intangibleId === chain.intangibleId;
  return k.kind === 'outcome' && k.segmentId === chain.segmentId;
}

function oversightOf(ctx: DraftContext): StoryOversight {
  const sources: InputRef[] = [];
  const boardLevel = ctx.level('m6.board-oversight');
  if (boardLevel !== undefined) sources.push('answer:m6.board-oversight');
  const title = ctx.facts.governance?.ipOwner;
  const answer = ctx.choice('m6.executive-owner');
  if (title) sources.push('fact:governance.ipOwner');
  else if (answer !== undefined) sources.push('answer:m6.executive-owner');
  const owner = title ? 'fact' : (answer as StoryOversight['owner']);
  const committee = ctx.facts.governance?.committee !== undefined && ctx.choice('m6.board-committee') !== 'none';
  if (committee) sources.push('fact:governance.committee');
  return { boardLevel, owner, committee, sources };
}

/** Listed: the board's oversight level decides; SMEs: whether an owner looks after IP. */
function oversightStatus(ctx: DraftContext, o: StoryOversight): StoryCheckStatus {
  if (ctx.applies('m6.board-oversight'))
    return o.boardLevel === undefined ? 'missing' : o.boardLevel >= 3 ? 'ok' : 'warning';
  if (o.owner === undefined) return 'missing';
  return o.owner === 'fact' || o.owner === 'dedicated-executive' || o.owner === 'executive-part' ? 'ok' : 'warning';
}

function allocationLabel(ctx: DraftContext, a: AllocationFact, lang: 'ja' | 'en'): string {
  const seg = ctx.segmentName(a.segmentId, lang)?.trim() || ctx.segmentName(a.segmentId, 'ja');
  const purpose = a.purpose[lang].trim() || a.purpose.ja;
  return seg ? `${seg}: ${purpose}` : purpose;
}

const CACHE = new WeakMap<DraftContext, StoryModel>();

/** Builds the linked story per business from the facts and answers (once per context), and checks it for incoherence. */
export function buildStory(ctx: DraftContext): StoryModel {
  const cached = CACHE.get(ctx);
  if (cached) return cached;
  const story = computeStory(ctx);
  CACHE.set(ctx, story);
  return story;
}

function computeStory(ctx: DraftContext): StoryModel {
  const facts = ctx.facts;
  const kpis = facts.kpis ?? [];
  const allocations = facts.allocations ?? [];
  const growth = (facts.portfolio ?? []).filter((f) => f.toBe === 'growth').map((f) => f.segmentId);
  const focusKnown = growth.length > 0;
  const findings: StoryFinding[] = [];

  const businesses: BusinessStory[] = ctx.segments.map((s) => {
    const chains: StoryChain[] = (facts.valueChains ?? [])
      .filter((c) => c.segmentId === s.id && ctx.intangible(c.intangibleId) !== undefined)
      .map((c) => {
        const intangible = ctx.intangible(c.intangibleId);
        const ref = `fact:valueChains.${c.id}` as const;
        return {
          id: c.id,
          intangibleId: c.intangibleId,
          evidenced: c.evidence !== undefined,
          kpiIds: kpis.filter((k) => tracks(k, c)).map((k) => k.id),
          steps: [
            {
              kind: 'intangible',
              label: intangible?.name ?? { ja: '', en: '' },
              sources: [`fact:intangibles.${c.intangibleId}`],
            },
            { kind: 'advantage', label: c.advantage, sources: [`${ref}.advantage`] },
            { kind: 'customer-value', label: c.customerValue, sources: [`${ref}.customerValue`] },
            {
              kind: 'financial',
              label: c.financialResult,
              sources: [`${ref}.financialResult`, ...(c.evidence ? [`${ref}.evidence` as const] : [])],
            },
          ],
        };
      });
    const own = allocations.filter((a) => a.segmentId === s.id);
    return {
      segmentId: s.id,
      name: s.name,
      focus: focusKnown ? growth.includes(s.id) : undefined,
      chains,
      allocationIds: own.map((a) => a.id),
      allocationTotal: own.reduce((sum, a) => sum + a.amount, 0),
    };
  });

  const allChains = businesses.flatMap((b) => b.chains.map((c) => ({ ...c, segmentId: b.segmentId })));
  if (allChains.length === 0 && (facts.valueChains ?? []).length === 0)
    findings.push(finding('no-chain', 'valueChains', '', '', 'valueChains'));
  for (const c of allChains) {
    if (!c.evidenced) {
      const adv = facts.valueChains?.find((v) => v.id === c.id)?.advantage;
      findings.push(finding('advantage-without-evidence', c.id, adv?.ja ?? c.id, adv?.en ?? c.id, 'valueChains'));
    }
  }
  if (allChains.length > 0) {
    for (const k of kpis) {
      if (!allChains.some((c) => tracks(k, c)))
        findings.push(finding('kpi-unlinked', k.id, k.name.ja, k.name.en, 'kpis'));
    }
  }
  if (focusKnown) {
    const bySegment = businesses
      .filter((b) => b.allocationTotal > 0)
      .sort((a, b) => b.allocationTotal - a.allocationTotal);
    const largest = bySegment[0];
    if (largest && !growth.includes(largest.segmentId)) {
      const top = allocations.filter((a) => a.segmentId === largest.segmentId).sort((a, b) => b.amount - a.amount)[0];
      if (top)
        findings.push(
          finding(
            'largest-allocation-not-focus',
            top.id,
            allocationLabel(ctx, top, 'ja'),
            allocationLabel(ctx, top, 'en'),
            'allocations',
          ),
        );
    }
  }
  const chainSegments = new Set(allChains.map((c) => c.segmentId));
  for (const b of facts.benchmarks ?? []) {
    if (b.decision && (b.segmentId === undefined || !chainSegments.has(b.segmentId))) {
      findings.push(finding('benchmark-unrelated', b.id, b.metric.ja, b.metric.en, 'benchmarks'));
    }
  }

  const oversight = oversightOf(ctx);
  const has = (kind: StoryFindingKind) => findings.some((f) => f.kind === kind);
  const item = (
    id: StoryCheckItem['id'],
    status: StoryCheckStatus,
    link: Pick<StoryCheckItem, 'factKey' | 'questionId'>,
  ): StoryCheckItem => ({
    id,
    status,
    label: STORY_CHECK_LABELS[id],
    ...link,
  });
  const businessesWithoutChain = businesses.some((b) => b.chains.length === 0);
  const checklist: StoryCheckItem[] = [
    item('chains', allChains.length === 0 ? 'missing' : businessesWithoutChain ? 'warning' : 'ok', {
      factKey: 'valueChains',
    }),
    item('evidence', allChains.length === 0 ? 'missing' : has('advantage-without-evidence') ? 'warning' : 'ok', {
      factKey: 'valueChains',
    }),
    item(
      'kpis-linked',
      kpis.length === 0 || allChains.length === 0 ? 'missing' : has('kpi-unlinked') ? 'warning' : 'ok',
      { factKey: 'kpis' },
    ),
    item(
      'allocation-focus',
      allocations.length === 0 || !focusKnown ? 'missing' : has('largest-allocation-not-focus') ? 'warning' : 'ok',
      {
        factKey: focusKnown ? 'allocations' : 'portfolio',
      },
    ),
    item(
      'benchmarks',
      (facts.benchmarks ?? []).length === 0 ? 'missing' : has('benchmark-unrelated') ? 'warning' : 'ok',
      { factKey: 'benchmarks' },
    ),
    item('oversight', oversightStatus(ctx, oversight), {
      questionId: ctx.applies('m6.board-oversight') ? 'm6.board-oversight' : 'm6.executive-owner',
    }),
  ];
  const segmentIds = new Set(ctx.segments.map((s) => s.id));
  const narrative = ctx.text('m4.value-story');
  const model = {
    businesses,
    ...(narrative ? { narrative } : {}),
    companyKpiIds: kpis.filter((k) => !allChains.some((c) => tracks(k, c))).map((k) => k.id),
    companyAllocationIds: allocations
      .filter((a) => a.segmentId === undefined || !segmentIds.has(a.segmentId))
      .map((a) => a.id),
    oversight,
    findings,
    checklist,
  };
  return { ...model, mermaid: storyMermaid(ctx, model.businesses) };
}

/** The story of a company from the same input the drafts use. */
export function buildStoryModel(input: DraftInput): StoryModel {
  return buildStory(new DraftContext(input));
}

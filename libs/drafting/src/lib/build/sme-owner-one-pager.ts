import { smeOnePagerSources } from '@ipgn/assessment';
import { TSE_INDUSTRIES } from '@ipgn/contracts';
import type { DraftSection } from '../model/draft';
import type { SmeText } from '../model/company-facts';
import { buildStory } from '../story/build-story';
import { businessParagraphs } from './business-paragraphs';
import type { DraftContext } from './draft-context';
import { asSentence } from './free-text';
import type { Sentence } from './sentence';
import { ans, fact, profile } from './sentence';
import { assetsSentence, visionSentence } from './strategy-sentences';
import { answerText } from './text-fills';
import type { DraftWriter, Fill } from './writer';
import { formatNumber, joinList } from './writer';

/*
 * The one-pager of an SME that took the SME check (bank 2026.12-1): every claim rests on one of its answers
 * (through `smeOnePagerSources`) or on the SME facts form; a figure the owner did not give stays a slot naming
 * the field to fill. Nothing here uses listed-company inputs (m0–m9 questions, board, KPIs).
 */

/** Questions whose good-practice answer is stated under "how we protect our strengths". */
const PROTECTION_QUESTIONS = new Set([
  'sme-strengths.handover',
  'sme-secrets.marked',
  'sme-secrets.access',
  'sme-secrets.not-public',
  'sme-secrets.staff-promise',
  'sme-deals.drawing-terms',
  'sme-deals.nda-first',
  'sme-deals.joint-ownership',
  'sme-deals.guideline-known',
  'sme-brand.trademark',
  'sme-brand.export-trademark',
  'sme-help.advisers',
]);

/** Text the owner gave (Japanese required, English optional); in an English draft a missing translation is a slot. */
export function ownerText(w: DraftWriter, text: SmeText, path: string): Fill {
  if (w.lang === 'en' && text.en) return text.en.trim().replace(/[。．.]+$/, '');
  return answerText(w, text.ja, `sme.${path}`);
}

function ownerWord(ctx: DraftContext, w: DraftWriter): { word: string; sources: ReturnType<typeof fact>[] } {
  const t = ctx.facts.sme?.ownerTitle;
  const word = t ? (w.lang === 'ja' ? t.ja : t.en) : undefined;
  if (word) return { word, sources: [fact('sme.ownerTitle')] };
  return { word: w.lang === 'ja' ? '当社' : 'management', sources: [] };
}

function companySentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const company = ctx.companyName(w.lang);
  const own = ctx.facts.sme?.products;
  const segmentProducts = ctx.segments.map((s) => s.products).filter((x) => x !== undefined);
  const products: Fill = own
    ? ownerText(w, own, 'products')
    : segmentProducts.length > 0
      ? joinList(
          segmentProducts.map((x) => w.l(x)),
          w.lang,
        )
      : [w.slot('smeProducts')];
  const sources = [
    profile('legalNameJa'),
    ...(own ? [fact('sme.products')] : segmentProducts.length > 0 ? [fact('segments')] : []),
  ];
  const industry = TSE_INDUSTRIES.find((i) => i.id === ctx.organization.industry);
  return industry
    ? w.say('company', { company, industry: industry[w.lang], products }, [...sources, profile('industry')])
    : w.say('companyNoIndustry', { company, products }, sources);
}

function figuresSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const revenue = ctx.facts.sme?.revenueManYen;
  const own = ctx.facts.sme?.employees;
  const signUp = ctx.organization.employeeCount ?? undefined;
  const employees = own ?? signUp;
  const employeeSource = own !== undefined ? fact('sme.employees') : profile('employeeCount');
  const period = ctx.periodLabel(w.lang);
  // 万円 → the writer's unit (百万円), so 1億2,000万円 and ¥120 million are written the usual way.
  const money = revenue === undefined ? undefined : w.money(revenue / 100);
  // A missing figure stays a slot naming the field (the owner may also delete the sentence in the editor).
  return w.say(
    'smeFigures',
    {
      period,
      revenue: money ?? w.slot('smeRevenue'),
      employees: employees === undefined ? w.slot('smeEmployees') : formatNumber(employees),
    },
    [
      profile('fiscalYearEndMonth'),
      ...(money !== undefined ? [fact('sme.revenueManYen')] : []),
      ...(employees !== undefined ? [employeeSource] : []),
    ],
  );
}

function customersSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const customers = ctx.facts.sme?.customers;
  return customers
    ? w.say('customers', { customers: ownerText(w, customers, 'customers') }, [fact('sme.customers')])
    : w.gap('smeCustomers');
}

/** Labels of the bank as a list: 「…」 in Japanese, semicolons in English (the labels hold 、 and "and"). */
function assetList(labels: readonly string[], lang: 'ja' | 'en'): string {
  if (lang === 'ja') return labels.map((l) => `「${l}」`).join('、');
  const items = labels.map((l) => l.charAt(0).toLowerCase() + l.slice(1));
  return items.length > 1 ? `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}` : (items[0] ?? '');
}

/** The sections of an SME one-pager; the builder adds title and metadata. */
export function smeOwnerSections(ctx: DraftContext, w: DraftWriter): DraftSection[] {
  const org = ctx.organization;
  const sources = smeOnePagerSources(ctx.answers, { listingStatus: org.listingStatus, companySize: org.companySize });
  const who = ownerWord(ctx, w);
  const sections: DraftSection[] = [];

  sections.push(
    w.section('company', [w.para(companySentence(ctx, w), figuresSentence(ctx, w), customersSentence(ctx, w))]),
  );

  const why = sources.whyCustomersChoose;
  const whySentence = why
    ? w.say('why', { who: who.word, text: answerText(w, why.text, why.questionId) }, [
        ans(why.questionId),
        ...who.sources,
      ])
    : w.gap('smeWhy');
  const kinds = sources.keyAssets;
  const kindsSentence =
    kinds.length > 0
      ? w.say(
          'smeKeyAssets',
          {
            assets: assetList(
              kinds.map((k) => w.l(k.label)),
              w.lang,
            ),
          },
          [ans('sme-strengths.kinds')],
        )
      : w.gap('smeKinds');
  const intangibles = (ctx.facts.intangibles ?? []).length > 0 ? w.para(assetsSentence(ctx, w, who.word)) : null;
  sections.push(w.section('strengths', [w.para(whySentence, kindsSentence), intangibles]));

  // The earnings path only when the owner entered one in the facts form; the SME check does not ask for it.
  if ((ctx.facts.valueChains ?? []).length > 0)
    sections.push(
      w.section('earnings', businessParagraphs(ctx, w, buildStory(ctx), { maxBusinesses: 3, who: who.word })),
    );

  const protections = sources.protections
    .filter((p) => PROTECTION_QUESTIONS.has(p.questionId))
    .map((p) => w.say(p.questionId, {}, [ans(p.questionId)]));
  const checked = Object.keys(ctx.answers).some((id) => /^sme-(secrets|deals|brand)\./.test(id));
  // Nothing in place yet after answering: the page says nothing rather than a slot nobody can fill.
  if (protections.length > 0 || !checked)
    sections.push(
      w.section('protection', [w.para(...(protections.length > 0 ? protections : [w.gap('smeProtection')]))]),
    );

  if (ctx.facts.vision) sections.push(w.section('future', [w.para(visionSentence(ctx, w))]));
  const next = ctx.facts.sme?.nextSteps;
  const nextSentence = next
    ? w.say(
        'smeNextSteps',
        {
          text:
            w.lang === 'en' && !next.en
              ? answerText(w, next.ja, 'sme.nextSteps')
              : asSentence(w.lang === 'en' && next.en ? next.en : next.ja, w.lang),
        },
        [fact('sme.nextSteps')],
      )
    : w.gap('smeNextSteps');
  // Investment plans of the listed form are not repeated: their sentences are too long for this page.
  sections.push(w.section('next', [w.para(nextSentence)]));

  const dialogue: Sentence[] = [];
  const talk = ctx.choice('sme-help.bank-talk');
  if (talk === 'sheet' || talk === 'verbal')
    dialogue.push(w.say(`sme-help.bank-talk.${talk}`, {}, [ans('sme-help.bank-talk')]));
  // A written sheet for the bank already says the strengths are written down.
  if (talk !== 'sheet' && sources.protections.some((p) => p.questionId === 'sme-strengths.written-down'))
    dialogue.push(w.say('sme-strengths.written-down', {}, [ans('sme-strengths.written-down')]));
  const contact = ctx.facts.sme?.contact;
  dialogue.push(
    contact ? w.say('contact', { contact: ownerText(w, contact, 'contact') }, [fact('sme.contact')]) : w.gap('contact'),
  );
  sections.push(w.section('dialogue', [w.para(...dialogue)]));
  return sections;
}

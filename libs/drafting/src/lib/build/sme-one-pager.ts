import { getQuestion } from '@ipgn/assessment';
import { TSE_INDUSTRIES } from '@ipgn/contracts';
import type { Draft, DraftLanguage } from '../model/draft';
import { buildStory } from '../story/build-story';
import { ASSET_TYPE_OPTION_LABELS } from '../templates/common.template';
import { SME_ONE_PAGER_TEMPLATE } from '../templates/sme-one-pager.template';
import { businessParagraphs } from './business-paragraphs';
import type { DraftContext } from './draft-context';
import { openCloseSentences } from './evidence-sentences';
import { committeeSentences, ownerSentence, planSentences, smeOwnerWord } from './governance-sentences';
import { spendSentence } from './money-sentences';
import type { Sentence } from './sentence';
import { ans, fact, profile } from './sentence';
import { allocationSentence, companyKpiSentence } from './story-sentences';
import { assetsSentence, visionSentence } from './strategy-sentences';
import { answerText } from './text-fills';
import { ownerText, smeOwnerSections } from './sme-owner-one-pager';
import { DraftWriter, formatNumber, joinList } from './writer';

/** Who speaks in the one-pager: the owner as entered (社長, 代表…), else the company. */
function speaker(ctx: DraftContext, w: DraftWriter): { word: string; sources: ReturnType<typeof fact>[] } {
  const owner = smeOwnerWord(ctx, w);
  if (owner) return { word: owner.word, sources: [owner.source] };
  return { word: w.lang === 'ja' ? '当社' : 'management', sources: [] };
}

function companySentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const company = ctx.companyName(w.lang);
  const products = ctx.segments.map((s) => s.products).filter((x) => x !== undefined);
  const list =
    products.length > 0
      ? joinList(
          products.map((x) => w.l(x)),
          w.lang,
        )
      : [w.slot('industry')];
  const industry = TSE_INDUSTRIES.find((i) => i.id === ctx.organization.industry);
  const sources = [profile('legalNameJa'), ...(products.length > 0 ? [fact('segments')] : [])];
  return industry
    ? w.say('company', { company, industry: industry[w.lang], products: list }, [...sources, profile('industry')])
    : w.say('companyNoIndustry', { company, products: list }, sources);
}

function figuresSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const revenue = ctx.number('m0.revenue');
  const employees = ctx.number('m0.employees');
  const sources = [
    profile('fiscalYearEndMonth'),
    ...(revenue !== undefined ? [ans('m0.revenue')] : []),
    ...(employees !== undefined ? [ans('m0.employees')] : []),
  ];
  return w.say(
    'figures',
    {
      period: ctx.periodLabel(w.lang),
      revenue: revenue === undefined ? w.slot('revenue') : w.money(revenue),
      employees: employees === undefined ? w.slot('employees') : formatNumber(employees),
    },
    sources,
  );
}

function whySentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const text = ctx.text('m10.why-customers-choose');
  const who = speaker(ctx, w);
  if (text)
    return w.say('why', { who: who.word, text: answerText(w, text, 'm10.why-customers-choose') }, [
      ans('m10.why-customers-choose'),
      ...who.sources,
    ]);
  return (ctx.facts.valueChains ?? []).length > 0 || ctx.text('m4.value-story') ? null : w.gap('why');
}

function assetTypesSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const chosen = ctx.choices('m1.asset-types');
  if (chosen === undefined) return w.gap('assetTypes');
  const labels = chosen.map((c) => ASSET_TYPE_OPTION_LABELS[c]).filter((x) => x !== undefined);
  return labels.length > 0
    ? w.say(
        'assetTypes',
        {
          types: joinList(
            labels.map((l) => w.l(l)),
            w.lang,
          ),
        },
        [ans('m1.asset-types')],
      )
    : null;
}

function protectionSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const out: Sentence[] = [...openCloseSentences(ctx, w)];
  const patents = ctx.choice('m1.patents-held');
  const q = getQuestion('m1.patents-held');
  const option = q && q.type === 'single' ? q.options.find((o) => o.id === patents) : undefined;
  if (option && patents !== 'none')
    out.push(w.say('patentsHeld', { range: w.l(option.label) }, [ans('m1.patents-held')]));
  const tm = ctx.choice('m10.trademark-registration');
  if (tm === 'all-main') out.push(w.say('trademarksAll', {}, [ans('m10.trademark-registration')]));
  else if (tm === 'some') out.push(w.say('trademarksSome', {}, [ans('m10.trademark-registration')]));
  const conf = ctx.level('m10.confidentiality-rules');
  if (conf !== undefined && conf >= 3)
    out.push(w.say(conf >= 4 ? 'confidentialityChecked' : 'confidentiality', {}, [ans('m10.confidentiality-rules')]));
  if (ctx.choice('m10.invention-ownership') === 'written')
    out.push(w.say('inventionOwnership', {}, [ans('m10.invention-ownership')]));
  return out;
}

function dialogueSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const out: Sentence[] = [];
  const lender = ctx.level('m8.lender-dialogue');
  if (lender !== undefined && lender >= 2) {
    out.push(
      w.say(lender >= 4 ? 'lenderReflected' : lender >= 3 ? 'lenderDialogue' : 'lenderOnce', {}, [
        ans('m8.lender-dialogue'),
      ]),
    );
  }
  if (ctx.choice('m10.bank-tools') === 'used') out.push(w.say('bankTools', {}, [ans('m10.bank-tools')]));
  const contact = ctx.facts.sme?.contact;
  out.push(
    contact ? w.say('contact', { contact: ownerText(w, contact, 'contact') }, [fact('sme.contact')]) : w.gap('contact'),
  );
  return out;
}

/**
 * One page for the company's bank and customers, in the owner's words where the owner gave them. A listed
 * company's one-pager reads the listed bank; an SME's reads the SME check (sme-owner-one-pager.ts).
 */
export function buildSmeOnePagerDraft(ctx: DraftContext, lang: DraftLanguage): Draft {
  const w = new DraftWriter(SME_ONE_PAGER_TEMPLATE, lang, ctx.organization.fiscalYearEndMonth);
  const title = w.l(SME_ONE_PAGER_TEMPLATE.title).replace('{company}', ctx.companyName(lang));
  const meta = {
    type: 'sme-one-pager',
    language: lang,
    templateVersion: SME_ONE_PAGER_TEMPLATE.version,
    title,
    asOf: ctx.asOf,
    attachments: {},
  } as const;
  // An SME that took the SME check: its own answers and the SME facts form, nothing of the listed bank. Answers
  // to the listed bank (a listed company, or a round from before bank 2026.12-1) keep the listed path.
  const ids = Object.keys(ctx.answers);
  const smeCheck =
    ids.some((id) => id.startsWith('sme-')) ||
    (!ids.some((id) => /^m\d+\./.test(id)) && ctx.applies('sme-strengths.why-customers'));
  if (smeCheck) return { ...meta, sections: smeOwnerSections(ctx, w) };
  const story = buildStory(ctx);
  const customers = ctx.facts.sme?.customers;
  const who = speaker(ctx, w);
  const protection = protectionSentences(ctx, w);
  const kpis = companyKpiSentence(
    ctx,
    w,
    (ctx.facts.kpis ?? []).map((k) => k.id),
    3,
    'kpiHeadline',
  );
  return {
    type: 'sme-one-pager',
    language: lang,
    templateVersion: SME_ONE_PAGER_TEMPLATE.version,
    title: w.l(SME_ONE_PAGER_TEMPLATE.title).replace('{company}', ctx.companyName(lang)),
    asOf: ctx.asOf,
    sections: [
      w.section('company', [
        w.para(
          companySentence(ctx, w),
          figuresSentence(ctx, w),
          customers
            ? w.say('customers', { customers: ownerText(w, customers, 'customers') }, [fact('sme.customers')])
            : null,
        ),
      ]),
      w.section('strengths', [
        w.para(whySentence(ctx, w), assetTypesSentence(ctx, w)),
        w.para(assetsSentence(ctx, w, who.word)),
      ]),
      w.section('earnings', businessParagraphs(ctx, w, story, { maxBusinesses: 3, who: who.word })),
      w.section('protection', [w.para(...(protection.length > 0 ? protection : [w.gap('protection')]))]),
      w.section('protection-owner', [
        w.para(
          ownerSentence(ctx, w),
          ...(ctx.listed ? committeeSentences(ctx, w) : []),
          ...planSentences(ctx, w, ['governance']),
        ),
      ]),
      w.section('future', [w.para(visionSentence(ctx, w))]),
      w.section('investment', [
        w.para(
          spendSentence(ctx, w),
          ...(ctx.facts.allocations ?? []).slice(0, 2).map((a) => allocationSentence(ctx, w, a)),
        ),
        w.para(kpis),
      ]),
      w.section('dialogue', [w.para(...dialogueSentences(ctx, w))]),
    ],
    attachments: {},
  };
}

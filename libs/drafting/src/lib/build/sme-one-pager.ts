import { getQuestion } from '@ipgn/assessment';
import { TSE_INDUSTRIES } from '@ipgn/contracts';
import type { Draft, DraftLanguage } from '../model/draft';
import { ASSET_TYPE_OPTION_LABELS } from '../templates/common.template';
import { SME_ONE_PAGER_TEMPLATE } from '../templates/sme-one-pager.template';
import {
  allocationSentences,
  chainSentences,
  committeeSentence,
  kpiSentences,
  openCloseSentences,
  ownerSentence,
  portfolioSentences,
  spendSentence,
} from './blocks';
import type { Sentence } from './blocks';
import { assetsSentence, orSlot, visionSentence } from './common-sentences';
import type { DraftContext } from './draft-context';
import { DraftWriter, formatMoney, formatUnit, joinList } from './writer';

/** A slot only when the question is asked on this company's track; otherwise nothing. */
function slotIfAsked(ctx: DraftContext, w: DraftWriter, questionId: string, slot: string): Sentence | null {
  return ctx.applies(questionId) ? [w.slot(slot)] : null;
}

function companySentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const company = ctx.companyName(w.lang);
  const products = ctx.segments.map((s) => s.products).filter((x) => x !== undefined);
  const list = products.length > 0 ? joinList(products.map((x) => w.l(x)), w.lang) : [w.slot('industry')];
  const industry = TSE_INDUSTRIES.find((i) => i.id === ctx.organization.industry);
  return industry
    ? w.phrase('company', { company, industry: industry[w.lang], products: list })
    : w.phrase('companyNoIndustry', { company, products: list });
}

function figuresSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const revenue = ctx.number('m0.revenue');
  const employees = ctx.number('m0.employees');
  return w.phrase('figures', {
    period: ctx.periodLabel(w.lang),
    revenue: revenue === undefined ? w.slot('revenue') : formatMoney(revenue, w.lang),
    employees: employees === undefined ? w.slot('employees') : formatUnit(employees, 'people', w.lang).replace(/ people$/, ''),
  });
}

function whySentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const text = ctx.text('m10.why-customers-choose');
  if (text) return w.phrase('why', { text });
  // Without the SME answer the value chains below say it; a slot only when neither exists.
  return (ctx.facts.valueChains ?? []).length > 0 ? null : [w.slot('why')];
}

function assetTypesSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const chosen = ctx.choices('m1.asset-types');
  if (chosen === undefined) return [w.slot('assetTypes')];
  const labels = chosen.map((c) => ASSET_TYPE_OPTION_LABELS[c]).filter((x) => x !== undefined);
  return labels.length > 0 ? w.phrase('assetTypes', { types: joinList(labels.map((l) => w.l(l)), w.lang) }) : null;
}

function protectionSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const out: Sentence[] = [...openCloseSentences(ctx, w)];
  const patents = ctx.choice('m1.patents-held');
  const q = getQuestion('m1.patents-held');
  const option = q && q.type === 'single' ? q.options.find((o) => o.id === patents) : undefined;
  if (option && patents !== 'none') out.push(w.phrase('patentsHeld', { range: w.l(option.label) }));
  const tm = ctx.choice('m10.trademark-registration');
  if (tm === 'all-main') out.push(w.phrase('trademarksAll'));
  else if (tm === 'some') out.push(w.phrase('trademarksSome'));
  const conf = ctx.level('m10.confidentiality-rules') ?? ctx.level('m4.secret-management');
  if (conf !== undefined && conf >= 3) out.push(w.phrase('confidentiality'));
  if (ctx.choice('m10.invention-ownership') === 'written') out.push(w.phrase('inventionOwnership'));
  return out;
}

function dialogueSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const out: Sentence[] = [];
  const lender = ctx.level('m8.lender-dialogue');
  if (lender !== undefined && lender >= 3) out.push(w.phrase('lenderDialogue'));
  if (ctx.choice('m10.bank-tools') === 'used') out.push(w.phrase('bankTools'));
  const contact = ctx.facts.sme?.contact;
  out.push(contact ? w.phrase('contact', { contact: w.l(contact) }) : [w.slot('contact')]);
  return out;
}

/** One page on the company's intangible assets for its bank and partners. */
export function buildSmeOnePagerDraft(ctx: DraftContext, lang: DraftLanguage): Draft {
  const w = new DraftWriter(SME_ONE_PAGER_TEMPLATE, lang);
  const customers = ctx.facts.sme?.customers;
  const chains = chainSentences(ctx, w);
  return {
    type: 'sme-one-pager',
    language: lang,
    templateVersion: SME_ONE_PAGER_TEMPLATE.version,
    title: w.l(SME_ONE_PAGER_TEMPLATE.title).replace('{company}', ctx.companyName(lang)),
    asOf: ctx.asOf,
    sections: [
      w.section('company', [w.para(companySentence(ctx, w), figuresSentence(ctx, w), customers ? w.phrase('customers', { customers: w.l(customers) }) : null)]),
      w.section('strengths', [w.para(whySentence(ctx, w), assetTypesSentence(ctx, w)), w.para(assetsSentence(ctx, w))]),
      w.section('earnings', [w.para(...(chains.length > 0 ? chains : [[w.slot('chains')]]))]),
      w.section('protection', [w.para(...orSlot(w, protectionSentences(ctx, w), 'protection'))]),
      w.section('protection-owner', [w.para(ownerSentence(ctx, w), committeeSentence(ctx, w))]),
      w.section('future', [w.para(visionSentence(ctx, w), ...portfolioSentences(ctx, w, 1))]),
      w.section('investment', [
        w.para(spendSentence(ctx, w), ...allocationSentences(ctx, w, 2)),
        w.para(...(kpiSentences(ctx, w, 3).length > 0 ? kpiSentences(ctx, w, 3) : [slotIfAsked(ctx, w, 'm5.kpi-type', 'kpis') ?? []])),
      ]),
      w.section('dialogue', [w.para(...dialogueSentences(ctx, w))]),
    ],
    attachments: {},
  };
}

import type { LocalizedText } from '@ipgn/assessment';
import type { Draft, DraftLanguage, FactKey, Run } from '../model/draft';
import { slotMarker } from '../text/slot-marker';

/*
 * What a bank or a support centre looks for in an SME's one-pager (issue 13), as a checklist the owner can act
 * on — not the listed-company disclosure score, whose criteria (market valuation, board oversight, KPIs…) do
 * not apply to a small company. Works on the draft as stored, generated or edited: a criterion is met when its
 * section has text and none of the slots that stand for it is left.
 */

export type SmeChecklistItemId =
  | 'company'
  | 'figures'
  | 'own-words'
  | 'key-assets'
  | 'protection'
  | 'next'
  | 'contact'
  | 'plain-words'
  | 'short-sentences'
  | 'one-page';

export interface SmeChecklistItem {
  readonly id: SmeChecklistItemId;
  readonly met: boolean;
  readonly label: LocalizedText;
  /** What to do when unmet. */
  readonly fix: LocalizedText;
  /** Where the owner fills it (a fact of the SME facts form or a question of the SME check), when one place does. */
  readonly factKey?: FactKey;
  readonly questionId?: string;
  /** The words or sentences that broke a language rule, to find them in the text. */
  readonly examples?: readonly string[];
}

export interface SmeChecklist {
  readonly items: readonly SmeChecklistItem[];
  readonly met: number;
  readonly total: number;
}

/** Listed-company words a bank reader of a small company's page should not meet (docs/plain-language.md). */
export const SME_LISTED_VOCABULARY: readonly string[] = [
  '部門',
  '取締役会',
  '取締役',
  '経営陣',
  '経営層',
  'KPI',
  'IR',
  '投資家',
  '株主',
  'FTO',
  '百万円',
  '時価総額',
  'PBR',
  'ROIC',
  '資本コスト',
  'ポートフォリオ',
  '価値創造',
  'コーポレートガバナンス',
  'ガバナンス',
  '統合報告',
  '開示',
  'disclosure policy',
  'department',
  'board',
  'investor',
  'investors',
  'shareholder',
  'million yen',
  'market cap',
  'portfolio',
  'governance',
];
/** The SME track's sentence limits (docs/plain-language.md). */
export const SME_MAX_JA_SENTENCE = 60;
export const SME_MAX_EN_WORDS = 30;
/** About what fits on one A4 page in the PDF export, headings included. */
export const SME_MAX_JA_CHARS = 1200;
export const SME_MAX_EN_WORDS_TOTAL = 500;

const t = (ja: string, en: string): LocalizedText => ({ ja, en });

interface SectionRule {
  readonly id: SmeChecklistItemId;
  readonly section: string;
  /** Slots that stand for this criterion: their key in the template, or what a translation slot translates. */
  readonly slots: readonly string[];
  readonly label: LocalizedText;
  readonly fix: LocalizedText;
  readonly factKey?: FactKey;
  readonly questionId?: string;
}

const SECTION_RULES: readonly SectionRule[] = [
  {
    id: 'company',
    section: 'company',
    slots: ['smeProducts', 'smeCustomers', 'industry', 'sme.products', 'sme.customers'],
    label: t('何を作り、誰に売っている会社かが分かる', 'Says what the company makes and who buys it'),
    fix: t(
      '企業情報で、主な商品・サービスと主なお客様を入力してください。',
      'Enter your main products and main customers in the company details.',
    ),
    factKey: 'sme.products',
  },
  {
    id: 'figures',
    section: 'company',
    slots: ['smeRevenue', 'smeEmployees', 'revenue', 'employees'],
    label: t('売上高と従業員数が書かれている', 'Gives revenue and number of employees'),
    fix: t(
      '企業情報で、売上高（万円）と従業員数を入力してください。',
      'Enter revenue (in 10,000 yen) and the number of employees in the company details.',
    ),
    factKey: 'sme.revenueManYen',
  },
  {
    id: 'own-words',
    section: 'strengths',
    slots: ['smeWhy', 'why', 'sme-strengths.why-customers'],
    label: t(
      'お客様に選ばれる理由が、社長の言葉で書かれている',
      'Says in the owner’s words why customers choose the company',
    ),
    fix: t(
      'チェックの最初の質問「お客様に選ばれる理由」に答えてください。',
      'Answer the first question of the check, why customers choose you.',
    ),
    questionId: 'sme-strengths.why-customers',
  },
  {
    id: 'key-assets',
    section: 'strengths',
    slots: ['smeKinds', 'assetTypes'],
    label: t(
      '強みを支える目に見えない資産（技、図面、名前など）が挙がっている',
      'Names the invisible assets behind the strengths (skills, drawings, names…)',
    ),
    fix: t(
      'チェックの2問目で、強みに近いものを選んでください。',
      'In the second question of the check, pick what your strengths are closest to.',
    ),
    questionId: 'sme-strengths.kinds',
  },
  {
    id: 'protection',
    section: 'protection',
    slots: ['smeProtection', 'protection'],
    label: t('強みをどう守っているかが書かれている', 'Says how the strengths are protected'),
    fix: t(
      '結果の「今月からの3つの一手」から1つ始めると、ここに書けることが増えます。',
      'Start one of the “Three things to do from this month” of your results: it gives this section something to say.',
    ),
  },
  {
    id: 'next',
    section: 'next',
    slots: ['smeNextSteps', 'sme.nextSteps'],
    label: t('これから取り組むことが書かれている', 'Says what the company will do next'),
    fix: t(
      '企業情報で「これから取り組むこと」を入力してください。',
      'Enter what you will do next in the company details.',
    ),
    factKey: 'sme.nextSteps',
  },
  {
    id: 'contact',
    section: 'dialogue',
    slots: ['contact', 'sme.contact'],
    label: t('銀行やお客様からの問い合わせ先が書かれている', 'Gives a contact for the bank and customers'),
    fix: t('企業情報で、問い合わせ先を入力してください。', 'Enter a contact in the company details.'),
    factKey: 'sme.contact',
  },
];

function standsFor(run: Run, keys: readonly string[]): boolean {
  if (run.kind !== 'slot') return false;
  const [scope, ...rest] = run.slotId.split('.');
  // sme-one-pager.smeWhy, common.contact, translate.sme-strengths.why-customers
  return (scope === 'sme-one-pager' || scope === 'common' || scope === 'translate') && keys.includes(rest.join('.'));
}

function plainText(runs: readonly Run[], lang: DraftLanguage): string {
  return runs.map((r) => (r.kind === 'text' ? r.text : slotMarker(r, lang))).join('');
}

function uses(text: string, word: string): boolean {
  // Latin words as whole words ("IR" is not in "their"), Japanese words anywhere.
  if (/^[\x20-\x7e]+$/.test(word))
    return new RegExp(`(^|[^A-Za-z])${word.replace(/ /g, '\\s+')}($|[^A-Za-z])`, 'i').test(text);
  return text.includes(word);
}

function sentences(text: string, lang: DraftLanguage): string[] {
  const parts = lang === 'ja' ? text.split(/(?<=[。？！])/) : text.split(/(?<=[.?!])\s+/);
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The checklist of an SME one-pager (any other draft type gets none: it is scored as a disclosure). */
export function smeOnePagerChecklist(draft: Draft): SmeChecklist | null {
  if (draft.type !== 'sme-one-pager') return null;
  const lang = draft.language;
  const items: SmeChecklistItem[] = SECTION_RULES.map((rule) => {
    const section = draft.sections.find((s) => s.id === rule.section);
    const runs = section?.paragraphs.flatMap((p) => p.runs) ?? [];
    const hasText = runs.some((r) => r.kind === 'text' && r.text.trim().length > 0);
    const open = runs.some((r) => standsFor(r, rule.slots));
    return {
      id: rule.id,
      label: rule.label,
      fix: rule.fix,
      ...(rule.factKey ? { factKey: rule.factKey } : {}),
      ...(rule.questionId ? { questionId: rule.questionId } : {}),
      met: hasText && !open,
    };
  });

  // The language rules apply to what the owner will hand over: the text, without the slot markers.
  const text = draft.sections
    .flatMap((s) =>
      s.paragraphs.map((p) =>
        p.runs
          .filter((r) => r.kind === 'text')
          .map((r) => (r.kind === 'text' ? r.text : ''))
          .join(''),
      ),
    )
    .join('\n');
  const listed = SME_LISTED_VOCABULARY.filter((w) => uses(text, w));
  items.push({
    id: 'plain-words',
    met: listed.length === 0,
    label: t(
      '上場企業向けの言葉（取締役会、KPI、百万円など）を使っていない',
      'Uses no listed-company words (board, KPI, million yen…)',
    ),
    fix: t('次の言葉を、ふだんの言葉に言い換えてください。', 'Put these words in everyday language.'),
    examples: listed,
  });
  const long = sentences(text, lang).filter((s) =>
    lang === 'ja' ? [...s].length > SME_MAX_JA_SENTENCE : s.split(/\s+/).length > SME_MAX_EN_WORDS,
  );
  items.push({
    id: 'short-sentences',
    met: long.length === 0,
    label:
      lang === 'ja'
        ? t(`一文が${SME_MAX_JA_SENTENCE}字以内`, `Sentences of at most ${SME_MAX_JA_SENTENCE} characters`)
        : t(`一文が${SME_MAX_EN_WORDS}語以内`, `Sentences of at most ${SME_MAX_EN_WORDS} words`),
    fix: t('次の文を2つに分けてください。', 'Split these sentences in two.'),
    examples: long,
  });
  const whole = draft.sections
    .map((s) => `${s.heading}\n${s.paragraphs.map((p) => plainText(p.runs, lang)).join('\n')}`)
    .join('\n');
  const size = lang === 'ja' ? [...whole.replace(/\s/g, '')].length : whole.split(/\s+/).filter(Boolean).length;
  const limit = lang === 'ja' ? SME_MAX_JA_CHARS : SME_MAX_EN_WORDS_TOTAL;
  items.push({
    id: 'one-page',
    met: size <= limit,
    label:
      lang === 'ja'
        ? t(`1枚に収まる長さ（${limit.toLocaleString('ja-JP')}字まで）`, `Fits on one page (up to ${limit} characters)`)
        : t(`1枚に収まる長さ（${limit}語まで）`, `Fits on one page (up to ${limit} words)`),
    fix: t('いちばん伝えたいことを残して、短くしてください。', 'Keep what matters most and shorten the rest.'),
  });
  const met = items.filter((i) => i.met).length;
  return { items, met, total: items.length };
}

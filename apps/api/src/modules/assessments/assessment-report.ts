import {
  GGL_ACTIONS,
  getModule,
  getQuestion,
  questionsForTrack,
  type AssessmentResult,
  type Locale,
} from '@ipgn/assessment';
import { answerCell, answerMeaning } from '../../common/export/answer-cells';
import { formatDate, formatNumber } from '../../common/export/format-values';
import {
  empty,
  text,
  type Report,
  type ReportBlock,
  type ReportSheet,
  type Workbook,
} from '../../common/export/report-model';
import type { LoadedRound } from './assessment-round';

const T = {
  ja: {
    title: '知財・無形資産ガバナンス 自己診断 結果',
    track: 'トラック',
    listed: '上場企業',
    sme: '中小企業・スタートアップ',
    round: '回',
    date: '出力日',
    status: '状態',
    draft: '回答中',
    in_review: '検証中',
    submitted: '提出済み',
    overall: '総合スコア',
    byAction: 'ガイドラインの7つのアクション別スコア',
    byModule: 'モジュール別スコア',
    plan: '優先アクションプラン',
    nextStep: '次の一歩',
    effort: '目安の工数',
    priority: '優先度',
    triggeredBy: 'きっかけとなった回答',
    action: 'アクション',
    noScore: '未回答',
    coverage: '回答済み',
    quantification: '無形資産の定量化',
    note: 'スコアは0〜100。回答済みの設問の成熟度（0〜4を0〜100に換算）の加重平均です。',
    priorities: { high: '高', medium: '中', low: '低' },
    efforts: { S: '小（数日）', M: '中（数週間）', L: '大（数か月）' },
    sheet: '回答',
    headers: [
      '設問ID',
      'モジュール',
      '設問（日本語）',
      '設問（英語）',
      '回答',
      '回答の意味・単位',
      '回答者',
      '回答日時（JST）',
    ],
    file: '自己診断結果',
  },
  en: {
    title: 'IP and intangible-asset governance self-assessment — results',
    track: 'Track',
    listed: 'Listed company',
    sme: 'SME / startup',
    round: 'Round',
    date: 'Date',
    status: 'Status',
    draft: 'in progress',
    in_review: 'being validated',
    submitted: 'submitted',
    overall: 'Overall score',
    byAction: 'Scores by the guideline’s seven actions',
    byModule: 'Scores by module',
    plan: 'Prioritised action plan',
    nextStep: 'Next step',
    effort: 'Rough effort',
    priority: 'Priority',
    triggeredBy: 'Triggered by',
    action: 'Action',
    noScore: 'not answered',
    coverage: 'answered',
    quantification: 'Intangible-asset quantification',
    note: 'Scores run 0–100: the weighted mean of the maturity of the answered questions (0–4 mapped to 0–100).',
    priorities: { high: 'High', medium: 'Medium', low: 'Low' },
    efforts: { S: 'Small (days)', M: 'Medium (weeks)', L: 'Large (months)' },
    sheet: 'Answers',
    headers: [
      'Question ID',
      'Module',
      'Prompt (Japanese)',
      'Prompt (English)',
      'Answer',
      'Meaning / unit',
      'Answered by',
      'Answered at (JST)',
    ],
    file: 'self-assessment',
  },
} as const;

export const assessmentFileLabel = (locale: Locale): string => T[locale].file;

export function organizationName(round: LoadedRound, locale: Locale): string {
  const org = round.organization;
  return locale === 'en' && org.legalNameEn ? org.legalNameEn : org.legalNameJa;
}

const BANK_ORDER = new Map<string, number>();
function order(questionId: string): number {
  if (BANK_ORDER.size === 0) {
    let i = 0;
    for (const track of ['listed', 'sme'] as const)
      for (const q of questionsForTrack(track)) if (!BANK_ORDER.has(q.id)) BANK_ORDER.set(q.id, i++);
  }
  return BANK_ORDER.get(questionId) ?? Number.MAX_SAFE_INTEGER;
}

/** One row per answered question, in bank order: the answer as a number where it is one, module names, local times. */
export function assessmentWorkbook(round: LoadedRound, locale: Locale, now: Date): Workbook {
  const t = T[locale];
  const rows = [...round.answers]
    .sort((a, b) => order(a.questionId) - order(b.questionId))
    .flatMap((answer) => {
      const q = getQuestion(answer.questionId);
      if (!q || answer.value === null) return [];
      return [
        [
          text(q.id),
          text(getModule(q.module)?.title[locale] ?? q.module),
          text(q.prompt.ja),
          text(q.prompt.en),
          answerCell(q, answer.value, locale),
          text(answerMeaning(q, answer.value, locale)),
          text(answer.answerer?.displayName ?? ''),
          answer.answeredAt ? ({ kind: 'datetime', value: answer.answeredAt } as const) : empty(),
        ],
      ];
    });
  const widths = [22, 26, 60, 60, 12, 40, 20, 18];
  const sheet: ReportSheet = {
    name: t.sheet,
    columns: t.headers.map((label, i) => ({ label, width: widths[i] })),
    rows,
  };
  return { language: locale, createdAt: now, sheets: [sheet] };
}

const score = (s: number | null, locale: Locale) => (s === null ? T[locale].noScore : formatNumber(s, locale));
const ratio = (value: number | null, unit: 'ratio' | 'multiple', locale: Locale) =>
  value === null
    ? '—'
    : unit === 'ratio'
      ? `${formatNumber(value * 100, locale, 1)}%`
      : `${formatNumber(value, locale, 2)}×`;

/** The results PDF: overall score, bar charts per guideline action and per module, the plan in plain words. */
export function assessmentReport(round: LoadedRound, result: AssessmentResult, locale: Locale, now: Date): Report {
  const t = T[locale];
  const a = round.assessment;
  const name = organizationName(round, locale);
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      runs: [{ text: `${t.track}: ${t[a.track]}\u3000${t.round}: ${a.round}\u3000${t.status}: ${t[a.status]}` }],
    },
    { kind: 'heading', level: 1, text: `${t.overall}: ${score(result.overall.score, locale)} / 100` },
    { kind: 'note', text: t.note },
    { kind: 'heading', level: 1, text: t.byAction },
    {
      kind: 'bar-chart',
      max: 100,
      bars: result.byGglAction.map((d) => ({
        label: `${t.action} ${d.id}  ${d.label[locale]}`,
        value: d.score,
        display: `${score(d.score, locale)}  (${t.coverage} ${d.coverage.answered}/${d.coverage.scorable})`,
      })),
    },
    { kind: 'heading', level: 1, text: t.byModule },
    {
      kind: 'bar-chart',
      max: 100,
      bars: result.byModule.map((d) => ({ label: d.label[locale], value: d.score, display: score(d.score, locale) })),
    },
    { kind: 'heading', level: 1, text: t.plan },
  ];
  result.actionPlan.forEach((item, i) => {
    const action = item.gglAction ? GGL_ACTIONS.find((g) => g.id === item.gglAction) : undefined;
    blocks.push({ kind: 'heading', level: 3, text: `${i + 1}. ${item.title[locale]}` });
    const lines = [
      ...(action ? [`${t.action} ${action.id}: ${action.label[locale]}`] : []),
      `${t.priority}: ${t.priorities[item.priority]}\u3000${t.effort}: ${t.efforts[item.effort]}`,
      `${t.nextStep}: ${item.nextStep[locale]}`,
    ];
    const triggers = item.triggeredBy.map((tr) => getQuestion(tr.questionId)?.prompt[locale] ?? tr.questionId);
    if (triggers.length > 0) lines.push(`${t.triggeredBy}: ${triggers.join(' / ')}`);
    blocks.push({ kind: 'bullets', items: lines });
  });
  blocks.push({ kind: 'heading', level: 1, text: t.quantification });
  for (const m of [
    result.quantification.intangibleShare,
    result.quantification.pbr,
    result.quantification.rdIntensity,
  ]) {
    const value =
      m.value === null && m.reasonText
        ? m.reasonText[locale]
        : `${ratio(m.value, m.unit, locale)}${m.reasonText ? ` — ${m.reasonText[locale]}` : ''}`;
    blocks.push({ kind: 'paragraph', runs: [{ text: `${m.label[locale]}: ${value}` }] });
    blocks.push({ kind: 'note', text: `${m.definition[locale]} ${m.limits[locale]}` });
  }
  return {
    language: locale,
    title: t.title,
    header: [name, `${t.date}: ${formatDate(now, locale)}`],
    author: name,
    createdAt: now,
    blocks,
  };
}

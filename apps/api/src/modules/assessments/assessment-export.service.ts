import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  GGL_ACTIONS,
  getQuestion,
  questionsForTrack,
  type AnswerValue,
  type AssessmentResult,
  type Locale,
  type Question,
} from '@ipgn/assessment';
import { AssessmentsService, scoreRound, type LoadedRound } from './assessments.service';

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-jp';
const FONT_FILE = '400Regular/NotoSansJP_400Regular.ttf';

/**
 * The Japanese font for PDF exports, resolved through Node's module resolution at run time (from the source
 * tree in tests, from dist/apps/api/main.js in production), never through a path relative to this file.
 */
export function japaneseFontPath(): string {
  // This module's own file first; then the entry script (dist/apps/api/main.js when bundled).
  const bases = [__filename, process.argv[1]].filter((b): b is string => typeof b === 'string' && b.length > 1);
  for (const base of bases) {
    try {
      return join(dirname(createRequire(base).resolve(`${FONT_PACKAGE}/package.json`)), FONT_FILE);
    } catch {
      // try the next base
    }
  }
  throw new Error(`${FONT_PACKAGE} is not installed: PDF export needs its Japanese font`);
}

export interface AnswerExportRow {
  questionId: string;
  module: string;
  promptJa: string;
  promptEn: string;
  value: string;
  answeredBy: string;
  answeredAt: string;
}

const HEADERS: Record<Locale, Record<keyof AnswerExportRow, string>> = {
  ja: { questionId: '設問ID', module: 'モジュール', promptJa: '設問（日本語）', promptEn: '設問（英語）', value: '回答', answeredBy: '回答者', answeredAt: '回答日時' },
  en: { questionId: 'Question ID', module: 'Module', promptJa: 'Prompt (Japanese)', promptEn: 'Prompt (English)', value: 'Answer', answeredBy: 'Answered by', answeredAt: 'Answered at' },
};
const COLUMNS: readonly (keyof AnswerExportRow)[] = ['questionId', 'module', 'promptJa', 'promptEn', 'value', 'answeredBy', 'answeredAt'];

const PDF_TEXT: Record<Locale, Record<string, string>> = {
  ja: {
    title: '知財・無形資産ガバナンス 自己診断 結果',
    track: 'トラック',
    listed: '上場企業',
    sme: '中小企業・スタートアップ',
    round: '回',
    date: '出力日',
    status: '状態',
    draft: '回答中',
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
  },
};

/** CSV, XLSX and PDF exports of one round. */
@Injectable()
export class AssessmentExportService {
  constructor(private readonly assessments: AssessmentsService) {}

  async csv(organizationId: string, id: string, locale: Locale): Promise<Buffer> {
    const rows = answerRows(await this.assessments.loadRound(organizationId, id), locale);
    const lines = [COLUMNS.map((c) => HEADERS[locale][c]), ...rows.map((r) => COLUMNS.map((c) => r[c]))].map((cells) => cells.map(csvCell).join(','));
    // BOM so that spreadsheet programs read the Japanese text as UTF-8.
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  }

  async xlsx(organizationId: string, id: string, locale: Locale): Promise<Buffer> {
    const round = await this.assessments.loadRound(organizationId, id);
    const workbook = new ExcelJS.Workbook();
    workbook.created = new Date();
    const sheet = workbook.addWorksheet(locale === 'ja' ? '回答' : 'Answers');
    sheet.columns = COLUMNS.map((key) => ({ header: HEADERS[locale][key], key, width: key.startsWith('prompt') ? 60 : 20 }));
    for (const row of answerRows(round, locale)) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async pdf(organizationId: string, id: string, locale: Locale): Promise<Buffer> {
    const round = await this.assessments.loadRound(organizationId, id);
    return renderPdf(round, scoreRound(round), locale);
  }
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row per question of the track that is visible or answered, in bank order. */
export function answerRows(round: LoadedRound, locale: Locale): AnswerExportRow[] {
  const byId = new Map(round.answers.map((a) => [a.questionId, a]));
  const rows: AnswerExportRow[] = [];
  for (const answer of [...round.answers].sort((a, b) => order(a.questionId) - order(b.questionId))) {
    const q = getQuestion(answer.questionId);
    if (!q || answer.value === null) continue;
    const a = byId.get(q.id);
    rows.push({
      questionId: q.id,
      module: q.module,
      promptJa: q.prompt.ja,
      promptEn: q.prompt.en,
      value: formatValue(q, answer.value, locale),
      answeredBy: a?.answerer?.displayName ?? '',
      answeredAt: a?.answeredAt.toISOString() ?? '',
    });
  }
  return rows;
}

const BANK_ORDER = new Map<string, number>();
function order(questionId: string): number {
  if (BANK_ORDER.size === 0) {
    let i = 0;
    for (const track of ['listed', 'sme'] as const) {
      for (const q of questionsForTrack(track)) if (!BANK_ORDER.has(q.id)) BANK_ORDER.set(q.id, i++);
    }
  }
  return BANK_ORDER.get(questionId) ?? Number.MAX_SAFE_INTEGER;
}


/** A readable answer: option labels instead of ids, "3 / 4" with the anchor for a ladder. */
export function formatValue(q: Question, value: AnswerValue, locale: Locale): string {
  switch (q.type) {
    case 'maturity': {
      const level = typeof value === 'number' ? value : Number(value);
      return `${level} / 4 — ${q.levels[level as 0 | 1 | 2 | 3 | 4]?.[locale] ?? ''}`;
    }
    case 'single':
      return q.options.find((o) => o.id === value)?.label[locale] ?? String(value);
    case 'multiple':
      return (Array.isArray(value) ? value : [String(value)]).map((id) => q.options.find((o) => o.id === id)?.label[locale] ?? id).join('; ');
    case 'currency':
      return `${String(value)} ${q.unitLabel[locale]}`;
    case 'percentage':
      return `${String(value)} %`;
    case 'number':
      return q.unit ? `${String(value)} ${q.unit[locale]}` : String(value);
    default:
      return String(value);
  }
}

function fmtScore(score: number | null, locale: Locale): string {
  return score === null ? PDF_TEXT[locale]['noScore'] ?? '' : score.toFixed(0);
}

function fmtRatio(value: number | null, unit: 'ratio' | 'multiple'): string {
  if (value === null) return '—';
  return unit === 'ratio' ? `${(value * 100).toFixed(1)} %` : `${value.toFixed(2)}×`;
}

function renderPdf(round: LoadedRound, result: AssessmentResult, locale: Locale): Promise<Buffer> {
  const text = PDF_TEXT[locale];
  const tx = (key: string): string => text[key] ?? key;
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: tx('title'), Author: 'IP Governance Navigator' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('jp', japaneseFontPath());
  doc.font('jp');

  const org = round.organization;
  const orgName = locale === 'en' && org.legalNameEn ? org.legalNameEn : org.legalNameJa;
  const a = round.assessment;
  doc.fontSize(16).text(tx('title'));
  doc.moveDown(0.5).fontSize(12).text(orgName);
  doc
    .fontSize(10)
    .text(`${tx('track')}: ${tx(a.track)}  ${tx('round')}: ${a.round}  ${tx('status')}: ${tx(a.status)}`)
    .text(`${tx('date')}: ${new Date().toISOString().slice(0, 10)}`);
  doc.moveDown();
  doc.fontSize(14).text(`${tx('overall')}: ${fmtScore(result.overall.score, locale)} / 100`);
  doc.fontSize(9).text(tx('note'));

  doc.moveDown().fontSize(13).text(tx('byAction'));
  doc.fontSize(10);
  for (const d of result.byGglAction) {
    doc.text(`${tx('action')} ${d.id}  ${d.label[locale]}: ${fmtScore(d.score, locale)}  (${tx('coverage')} ${d.coverage.answered}/${d.coverage.scorable})`);
  }
  doc.moveDown().fontSize(13).text(tx('byModule'));
  doc.fontSize(10);
  for (const d of result.byModule) doc.text(`${d.label[locale]}: ${fmtScore(d.score, locale)}`);

  doc.moveDown().fontSize(13).text(tx('plan'));
  result.actionPlan.forEach((item, i) => {
    const action = item.gglAction ? GGL_ACTIONS.find((g) => g.id === item.gglAction) : undefined;
    doc.moveDown(0.4).fontSize(11).text(`${i + 1}. ${item.title[locale]}`);
    doc.fontSize(9);
    if (action) doc.text(`${tx('action')} ${action.id}: ${action.label[locale]}`);
    doc.text(`${tx('priority')}: ${item.priority}  ${tx('effort')}: ${item.effort}`);
    doc.text(`${tx('nextStep')}: ${item.nextStep[locale]}`);
    const triggers = item.triggeredBy.map((t) => getQuestion(t.questionId)?.prompt[locale] ?? t.questionId);
    if (triggers.length > 0) doc.text(`${tx('triggeredBy')}: ${triggers.join(' / ')}`);
  });

  doc.moveDown().fontSize(13).text(tx('quantification'));
  doc.fontSize(9);
  for (const m of [result.quantification.intangibleShare, result.quantification.pbr, result.quantification.rdIntensity]) {
    doc.text(`${m.label[locale]}: ${fmtRatio(m.value, m.unit)}${m.reasonText ? ` — ${m.reasonText[locale]}` : ''}`);
    doc.text(m.definition[locale]);
    doc.text(m.limits[locale]);
    doc.moveDown(0.3);
  }
  doc.end();
  return done;
}

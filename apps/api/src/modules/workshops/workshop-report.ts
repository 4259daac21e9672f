import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import { GGL_ACTIONS, type AnswerValue, type GglActionId, type Locale, type Question } from '@ipgn/assessment';
import { formatValue, japaneseFontPath } from '../assessments/assessment-export.service';
import type { WorkshopAnonymity, WorkshopDepartment } from './workshop-departments';
import type { WorkshopResults } from './workshop-results';

/** Department names in both languages (the same wording as the web console). */
export const DEPARTMENT_LABELS: Record<WorkshopDepartment, Record<Locale, string>> = {
  executive: { ja: '経営層', en: 'Executives' },
  ip: { ja: '知財部門', en: 'IP department' },
  rnd: { ja: '研究開発', en: 'R&D' },
  business: { ja: '事業部門', en: 'Business units' },
  planning: { ja: '経営企画', en: 'Corporate planning' },
  ir_finance: { ja: 'IR・財務', en: 'IR / finance' },
  legal: { ja: '法務', en: 'Legal' },
  other: { ja: 'その他', en: 'Other' },
};

const TEXT = {
  ja: {
    title: 'ワークショップ報告書',
    organization: '企業',
    date: '実施日',
    anonymity: '回答方式',
    named: '記名',
    anonymous: '匿名（部門内）',
    respondents: '回答者数',
    people: '人',
    distributions: '質問別の回答分布',
    total: '全体',
    mean: '平均（0〜100）',
    withheld: '回答者が3人未満のため、全体の分布は表示しません。',
    smallGroups: '回答者が3人未満の部門は部門別には表示せず、全体にのみ含めています。',
    heatMap: '認識ギャップ・ヒートマップ（部門 × ガイドラインのアクション、平均 0〜100）',
    department: '部門',
    action: 'アクション',
    notShown: '—',
    agreed: '合意した回答',
    noAgreed: '合意した回答はまだ記録されていません。',
    nextSteps: '次の一歩（認識差の大きい順）',
    noGaps: '部門間で大きな認識差は見られませんでした。合意した回答を診断に反映し、次回のワークショップで変化を確認してください。',
    gap: (action: string, high: string, low: string, spread: string) => `${action}：${high}と${low}の認識差 ${spread} ポイント`,
    step: (prompt: string, high: string, low: string) => `「${prompt}」について、${high}が高く評価する根拠と${low}が懸念する点を持ち寄り、担当と期限を決めて次回の診断で再評価する。`,
    agreedMark: '（合意済み）',
  },
  en: {
    title: 'Workshop report',
    organization: 'Company',
    date: 'Date',
    anonymity: 'Answers',
    named: 'named',
    anonymous: 'anonymous within a department',
    respondents: 'Respondents',
    people: '',
    distributions: 'Answer distribution per question',
    total: 'Total',
    mean: 'Mean (0–100)',
    withheld: 'Fewer than 3 respondents: the distribution is not shown.',
    smallGroups: 'Departments with fewer than 3 respondents are not shown on their own, only inside the total.',
    heatMap: 'Perception-gap heat map (department × guideline action, mean 0–100)',
    department: 'Department',
    action: 'Action',
    notShown: '—',
    agreed: 'Agreed answers',
    noAgreed: 'No agreed answers have been recorded yet.',
    nextSteps: 'Next steps (largest gaps first)',
    noGaps: 'No large gaps between departments. Write the agreed answers into the assessment and check for change at the next workshop.',
    gap: (action: string, high: string, low: string, spread: string) => `${action}: ${high} and ${low} differ by ${spread} points`,
    step: (prompt: string, high: string, low: string) =>
      `On “${prompt}”: bring together why ${high} rates it higher and what ${low} is concerned about, agree an owner and a date, and re-rate it in the next assessment.`,
    agreedMark: ' (agreed)',
  },
} as const;

export interface WorkshopReportInput {
  readonly locale: Locale;
  readonly organizationName: string;
  readonly title: string;
  readonly scheduledAt: Date;
  readonly anonymity: WorkshopAnonymity;
  readonly questions: readonly Question[];
  readonly results: WorkshopResults;
  readonly agreed: ReadonlyMap<string, AnswerValue>;
}

/** The report as plain lines and one table: both renderers (PDF, DOCX) draw exactly this. */
export interface WorkshopReport {
  readonly title: string;
  readonly meta: readonly string[];
  readonly distributionsHeading: string;
  readonly distributions: readonly { heading: string; lines: readonly string[] }[];
  readonly heatMap: { readonly heading: string; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly legend: readonly string[] };
  readonly agreed: { readonly heading: string; readonly lines: readonly string[] };
  readonly nextSteps: { readonly heading: string; readonly items: readonly { title: string; steps: readonly string[] }[] };
  readonly note: string;
}

function distributionLabel(q: Question, key: string, locale: Locale): string {
  if (q.type === 'maturity') {
    const level = Number(key) as 0 | 1 | 2 | 3 | 4;
    return `${key}: ${q.levels[level]?.[locale] ?? ''}`;
  }
  if (q.type === 'single' || q.type === 'multiple') return q.options.find((o) => o.id === key)?.label[locale] ?? key;
  return key;
}

const fmt = (n: number | null, locale: Locale): string => (n === null ? TEXT[locale].notShown : n.toFixed(1));

export function buildWorkshopReport(input: WorkshopReportInput): WorkshopReport {
  const { locale, results } = input;
  const t = TEXT[locale];
  const dept = (d: WorkshopDepartment) => DEPARTMENT_LABELS[d][locale];
  const actionLabel = (id: GglActionId) => `${t.action} ${id} ${GGL_ACTIONS.find((a) => a.id === id)?.label[locale] ?? ''}`.trim();
  const questionById = new Map(input.questions.map((q) => [q.id, q]));

  const distributions = input.questions.map((q, i) => {
    const r = results.questions.find((x) => x.questionId === q.id);
    const lines: string[] = [];
    if (!r || r.total === null) lines.push(t.withheld);
    else {
      lines.push(`${t.total} (n=${r.total.respondents}) ${t.mean}: ${fmt(r.total.mean, locale)}`);
      for (const e of r.total.distribution) lines.push(`  ${distributionLabel(q, e.key, locale)} — ${e.count}`);
      for (const d of r.departments) lines.push(`${dept(d.department)} (n=${d.respondents}) ${t.mean}: ${fmt(d.mean, locale)}`);
    }
    return { heading: `Q${i + 1}. ${q.prompt[locale]}`, lines };
  });

  const { heatMap } = results;
  const header = [`${t.department} \\ ${t.action}`, ...heatMap.actions.map((a) => String(a))];
  const rows = heatMap.departments.map((d) => [
    dept(d),
    ...heatMap.actions.map((a) => fmt(heatMap.cells.find((c) => c.department === d && c.action === a)?.mean ?? null, locale)),
  ]);
  const legend = heatMap.actions.map((a) => actionLabel(a));

  const agreedLines = input.questions
    .filter((q) => input.agreed.has(q.id))
    .map((q) => `${q.prompt[locale]} → ${formatValue(q, input.agreed.get(q.id) as AnswerValue, locale)}`);

  const items = results.discussionPrompts.map((p) => ({
    title: `${p.rank}. ${t.gap(actionLabel(p.action), dept(p.highest), dept(p.lowest), p.spread.toFixed(1))}`,
    steps: p.questions.map((gq) => {
      const prompt = questionById.get(gq.questionId)?.prompt[locale] ?? gq.prompt[locale];
      return `${t.step(prompt, dept(gq.highest), dept(gq.lowest))}${input.agreed.has(gq.questionId) ? t.agreedMark : ''}`;
    }),
  }));

  return {
    title: `${t.title} — ${input.title}`,
    meta: [
      `${t.organization}: ${input.organizationName}`,
      `${t.date}: ${input.scheduledAt.toISOString().slice(0, 10)}`,
      `${t.anonymity}: ${t[input.anonymity]}`,
      `${t.respondents}: ${results.respondents}${t.people}`,
    ],
    distributionsHeading: t.distributions,
    distributions,
    heatMap: { heading: t.heatMap, header, rows, legend },
    agreed: { heading: t.agreed, lines: agreedLines.length > 0 ? agreedLines : [t.noAgreed] },
    nextSteps: { heading: t.nextSteps, items: items.length > 0 ? items : [{ title: t.noGaps, steps: [] }] },
    note: t.smallGroups,
  };
}

/** A4 PDF with the Noto Sans JP font embedded (subset), so Japanese text is searchable and copyable. */
export function renderWorkshopPdf(report: WorkshopReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: report.title, Author: 'IP Governance Navigator' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('jp', japaneseFontPath());
  doc.font('jp');
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.fontSize(16).text(report.title);
  doc.moveDown(0.5).fontSize(10);
  for (const line of report.meta) doc.text(line);
  doc.fontSize(8).text(report.note);

  // Heat map first: it is what the workshop was for.
  doc.moveDown().fontSize(13).text(report.heatMap.heading);
  doc.moveDown(0.3).fontSize(9);
  const firstCol = 110;
  const colWidth = Math.min(55, (width - firstCol) / Math.max(1, report.heatMap.header.length - 1));
  const rowHeight = 18;
  const drawRow = (cells: readonly string[], header: boolean) => {
    if (doc.y + rowHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    cells.forEach((cell, i) => {
      const x = i === 0 ? left : left + firstCol + (i - 1) * colWidth;
      const w = i === 0 ? firstCol : colWidth;
      const value = Number(cell);
      if (!header && i > 0 && Number.isFinite(value)) {
        // Darker = higher mean; the number is always printed, so colour is never the only signal.
        const shade = Math.round(255 - (value / 100) * 120);
        doc.save().rect(x, y, w, rowHeight).fill(`rgb(${shade}, ${shade}, 255)`).restore();
      }
      doc.rect(x, y, w, rowHeight).stroke('#888888');
      doc.fillColor('#000000').text(cell, x + 3, y + 4, { width: w - 6, lineBreak: false, ellipsis: true });
    });
    doc.x = left;
    doc.y = y + rowHeight;
  };
  drawRow(report.heatMap.header, true);
  for (const row of report.heatMap.rows) drawRow(row, false);
  doc.moveDown(0.5).fontSize(8);
  for (const line of report.heatMap.legend) doc.text(line, left, doc.y, { width });

  doc.moveDown().fontSize(13).text(report.agreed.heading, left, doc.y, { width });
  doc.fontSize(10);
  for (const line of report.agreed.lines) doc.text(`・${line}`, { width });

  doc.moveDown().fontSize(13).text(report.nextSteps.heading, { width });
  for (const item of report.nextSteps.items) {
    doc.moveDown(0.3).fontSize(11).text(item.title, { width });
    doc.fontSize(9);
    for (const step of item.steps) doc.text(`・${step}`, { width });
  }

  doc.addPage();
  doc.fontSize(13).text(report.distributionsHeading, { width });
  for (const q of report.distributions) {
    doc.moveDown(0.4).fontSize(10).text(q.heading, { width });
    doc.fontSize(8.5);
    for (const line of q.lines) doc.text(line, { width });
  }
  doc.end();
  return done;
}

/** The same report as a Word document, the heat map as a real table. */
export async function renderWorkshopDocx(report: WorkshopReport): Promise<Buffer> {
  const font = { ascii: 'Noto Sans JP', eastAsia: 'Noto Sans JP', hAnsi: 'Noto Sans JP' };
  const p = (text: string, size = 20) => new Paragraph({ children: [new TextRun({ text, size, font })] });
  const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun({ text, font })] });
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold, size: 18, font })] })] });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: report.heatMap.header.map((c) => cell(c, true)) }),
      ...report.heatMap.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, i === 0)) })),
    ],
  });
  const children = [
    h(report.title, HeadingLevel.TITLE),
    ...report.meta.map((m) => p(m)),
    p(report.note, 16),
    h(report.heatMap.heading, HeadingLevel.HEADING_1),
    table,
    ...report.heatMap.legend.map((l) => p(l, 16)),
    h(report.agreed.heading, HeadingLevel.HEADING_1),
    ...report.agreed.lines.map((l) => p(`・${l}`)),
    h(report.nextSteps.heading, HeadingLevel.HEADING_1),
    ...report.nextSteps.items.flatMap((item) => [h(item.title, HeadingLevel.HEADING_3), ...item.steps.map((s) => p(`・${s}`, 18))]),
    h(report.distributionsHeading, HeadingLevel.HEADING_1),
    ...report.distributions.flatMap((q) => [h(q.heading, HeadingLevel.HEADING_3), ...q.lines.map((l) => p(l, 18))]),
  ];
  return Packer.toBuffer(new Document({ creator: 'IP Governance Navigator', title: report.title, sections: [{ children }] }));
}

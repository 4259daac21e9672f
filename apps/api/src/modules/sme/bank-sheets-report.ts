import type { BankSheets, Locale } from '@ipgn/assessment';
import { empty, num, text, type Report, type ReportBlock } from '../../common/export/report-model';
import { formatDateTime } from '../../common/export/format-values';

const HEAD: Record<
  Locale,
  {
    title: string;
    employees: string;
    created: string;
    item: string;
    answer: string;
    level: string;
    notAnswered: string;
  }
> = {
  ja: {
    title: '経営デザインシート・ロカベン（知財の項目）',
    employees: '従業員数',
    created: '作成',
    item: '項目',
    answer: '記入内容',
    level: '段階（0〜4）',
    notAnswered: '（未回答）',
  },
  en: {
    title: 'Management design sheet and Locaben (IP items)',
    employees: 'Employees',
    created: 'Created',
    item: 'Item',
    answer: 'Entry',
    level: 'Level (0–4)',
    notAnswered: '(not answered)',
  },
};

/**
 * The bank sheets as the export layer's report, for the editable DOCX: one part per sheet (経営デザインシート,
 * ロカベン), its note, then each section as a table of item, the owner's entry and the ladder level. The same model
 * as the XLSX (bankSheetsWorkbook), laid out for reading and editing in Word.
 */
export function bankSheetsReport(model: BankSheets, locale: Locale, createdAt: Date): Report {
  const h = HEAD[locale];
  const header = [
    model.company.name,
    ...(model.company.prefecture ? [model.company.prefecture[locale]] : []),
    ...(model.company.employeeCount === null ? [] : [`${h.employees}: ${model.company.employeeCount}`]),
    `${h.created}: ${formatDateTime(createdAt)}`,
  ];
  const blocks: ReportBlock[] = model.sheets.flatMap((sheet, i) => [
    ...(i > 0 ? [{ kind: 'page-break' } as const] : []),
    { kind: 'heading', level: 1, text: sheet.title[locale] } as const,
    { kind: 'note', text: sheet.note[locale] } as const,
    ...sheet.sections.flatMap((section): ReportBlock[] => [
      { kind: 'heading', level: 2, text: section.heading[locale] },
      {
        kind: 'table',
        columns: [
          { label: h.item, width: 3 },
          { label: h.answer, width: 5 },
          { label: h.level, width: 1.4 },
        ],
        rows: section.rows.map((r) => [
          text(r.item[locale]),
          r.answer ? text(r.answer[locale]) : r.questionId ? empty(h.notAnswered) : empty(),
          r.level === null ? empty() : num(r.level),
        ]),
      },
    ]),
  ]);
  return {
    language: locale,
    title: `${model.company.name} ${h.title}`,
    header,
    author: model.company.name,
    createdAt,
    blocks,
  };
}

import type { BankSheets, Locale } from '@ipgn/assessment';
import { empty, num, text, type ReportCell, type Workbook } from '../../common/export/report-model';

const HEAD: Record<
  Locale,
  {
    company: string;
    prefecture: string;
    employees: string;
    created: string;
    item: string;
    answer: string;
    level: string;
    source: string;
  }
> = {
  ja: {
    company: '会社名',
    prefecture: '都道府県',
    employees: '従業員数（人）',
    created: '作成日時',
    item: '項目',
    answer: '記入内容',
    level: '段階（0〜4）',
    source: '設問ID',
  },
  en: {
    company: 'Company',
    prefecture: 'Prefecture',
    employees: 'Employees',
    created: 'Created',
    item: 'Item',
    answer: 'Entry',
    level: 'Level (0–4)',
    source: 'Question ID',
  },
};

/**
 * The bank sheets as the export layer's workbook: one worksheet per sheet (経営デザインシート, ロカベン), the owner's
 * words as text, ladder levels and head-count as numbers, the time as a local date — the renderer does the hygiene.
 */
export function bankSheetsWorkbook(model: BankSheets, locale: Locale, createdAt: Date): Workbook {
  const h = HEAD[locale];
  const row = (...cells: ReportCell[]): ReportCell[] => [
    ...cells,
    ...Array.from({ length: 4 - cells.length }, () => empty()),
  ];
  return {
    language: locale,
    createdAt,
    sheets: model.sheets.map((sheet) => ({
      name: sheet.title[locale],
      columns: [
        { label: h.item, width: 42 },
        { label: h.answer, width: 70 },
        { label: h.level, width: 14 },
        { label: h.source, width: 30 },
      ],
      rows: [
        row(text(sheet.title[locale])),
        row(text(sheet.note[locale])),
        row(text(h.company), text(model.company.name)),
        row(text(h.prefecture), model.company.prefecture ? text(model.company.prefecture[locale]) : empty()),
        row(text(h.employees), model.company.employeeCount === null ? empty() : num(model.company.employeeCount)),
        row(text(h.created), { kind: 'datetime', value: createdAt }),
        ...sheet.sections.flatMap((section) => [
          row(),
          row(text(section.heading[locale])),
          ...section.rows.map((r) =>
            row(
              text(r.item[locale]),
              r.answer ? text(r.answer[locale]) : empty(),
              r.level === null ? empty() : num(r.level),
              r.questionId ? text(r.questionId) : empty(),
            ),
          ),
        ]),
      ],
    })),
  };
}

import ExcelJS from 'exceljs';
import type { BankSheets, Locale } from '@ipgn/assessment';

const HEAD: Record<Locale, { company: string; prefecture: string; employees: string; created: string; item: string; answer: string; level: string; source: string }> = {
  ja: { company: '会社名', prefecture: '都道府県', employees: '従業員数（人）', created: '作成日', item: '項目', answer: '記入内容', level: '段階（0〜4）', source: '設問ID' },
  en: { company: 'Company', prefecture: 'Prefecture', employees: 'Employees', created: 'Created', item: 'Item', answer: 'Entry', level: 'Level (0–4)', source: 'Question ID' },
};

/** Drops characters XML 1.0 cannot hold (controls other than tab/newline/return, U+FFFE/U+FFFF) so the file always opens. */
function clean(s: string): string {
  return [...s]
    .filter((c) => {
      const code = c.charCodeAt(0);
      return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff;
    })
    .join('');
}

/**
 * Renders the bank sheets as an editable workbook: one worksheet per sheet, text as text (a leading "=" stays
 * text: exceljs writes a formula only for {formula} values), levels and head-count as numbers, the date as a date.
 * Kept in one small file so it can move onto the shared export layer.
 */
export async function renderBankSheetsXlsx(model: BankSheets, locale: Locale, createdAt: Date): Promise<Buffer> {
  const h = HEAD[locale];
  const wb = new ExcelJS.Workbook();
  wb.created = createdAt;
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(clean(sheet.title[locale]).slice(0, 31).replace(/[[\]:*?/\\]/g, ' '));
    ws.columns = [{ width: 40 }, { width: 70 }, { width: 14 }, { width: 30 }];
    ws.addRow([clean(sheet.title[locale])]).font = { bold: true, size: 14 };
    ws.addRow([clean(sheet.note[locale])]).getCell(1).alignment = { wrapText: true };
    ws.mergeCells(ws.rowCount, 1, ws.rowCount, 4);
    ws.addRow([h.company, clean(model.company.name)]);
    ws.addRow([h.prefecture, model.company.prefecture ? model.company.prefecture[locale] : '']);
    const employees = ws.addRow([h.employees, model.company.employeeCount ?? null]);
    employees.getCell(2).numFmt = '#,##0';
    const created = ws.addRow([h.created, createdAt]);
    created.getCell(2).numFmt = 'yyyy-mm-dd';
    for (const section of sheet.sections) {
      ws.addRow([]);
      const head = ws.addRow([clean(section.heading[locale])]);
      head.font = { bold: true };
      head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      ws.addRow([h.item, h.answer, h.level, h.source]).font = { bold: true };
      for (const row of section.rows) {
        const r = ws.addRow([clean(row.item[locale]), row.answer ? clean(row.answer[locale]) : '', row.level, row.questionId ?? '']);
        r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

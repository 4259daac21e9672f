import ExcelJS from 'exceljs';
import { safeCellText, stripXmlIllegal } from './cell-hygiene';
import { asLocalWallClock } from './format-values';
import type { ReportCell, Workbook } from './report-model';

type CellValue = string | number | Date | null;

/** Numbers as numbers (with a number format), times as local (Asia/Tokyo) date cells, text neutralised. */
function cellValue(cell: ReportCell): { value: CellValue; numFmt?: string } {
  switch (cell.kind) {
    case 'text':
      return { value: safeCellText(cell.text) };
    case 'number': {
      const decimals = cell.decimals ?? 0;
      const pattern = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
      return {
        value: cell.value,
        numFmt: cell.unit ? `${pattern} "${stripXmlIllegal(cell.unit).replace(/"/g, '')}"` : pattern,
      };
    }
    case 'percent':
      return { value: cell.value, numFmt: cell.decimals ? `0.${'0'.repeat(cell.decimals)}%` : '0%' };
    case 'datetime':
      // A date the spreadsheet can compute with, shown with its zone like every other time ("2026-12-10 10:00 JST").
      return { value: asLocalWallClock(cell.value), numFmt: 'yyyy-mm-dd hh:mm "JST"' };
    case 'empty':
      return { value: cell.text ? safeCellText(cell.text) : null };
  }
}

export async function renderXlsx(book: Workbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = book.createdAt;
  workbook.modified = book.createdAt;
  workbook.creator = 'IP Governance Navigator';
  for (const sheet of book.sheets) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const ws = workbook.addWorksheet(
      stripXmlIllegal(sheet.name)
        .replace(/[:\\/?*[\]]/g, ' ')
        .slice(0, 31) || 'Sheet',
    );
    ws.columns = sheet.columns.map((c) => ({ header: safeCellText(c.label), width: c.width ?? 20 }));
    for (const row of sheet.rows) {
      const added = ws.addRow(row.map((c) => cellValue(c).value));
      row.forEach((c, i) => {
        const fmt = cellValue(c).numFmt;
        if (fmt) added.getCell(i + 1).numFmt = fmt;
      });
    }
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

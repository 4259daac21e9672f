import { stringify } from 'csv-stringify/sync';
import { safeCellText } from './cell-hygiene';
import { isoLocalDateTime } from './format-values';
import type { ReportCell, ReportSheet } from './report-model';

/** Plain values a spreadsheet reads back: numbers unformatted, times local (Asia/Tokyo), text neutralised. */
function csvValue(cell: ReportCell): string {
  switch (cell.kind) {
    case 'text':
      return safeCellText(cell.text);
    case 'number':
    case 'percent':
      return String(cell.value);
    case 'datetime':
      return isoLocalDateTime(cell.value);
    case 'empty':
      return cell.text ? safeCellText(cell.text) : '';
  }
}

/** RFC 4180 CSV with CRLF and a BOM, so that spreadsheet programs read Japanese text as UTF-8. */
export function renderCsv(sheet: ReportSheet): Buffer {
  const records = [sheet.columns.map((c) => safeCellText(c.label)), ...sheet.rows.map((row) => row.map(csvValue))];
  return Buffer.from(`\uFEFF${stringify(records, { record_delimiter: '\r\n' })}`, 'utf8');
}

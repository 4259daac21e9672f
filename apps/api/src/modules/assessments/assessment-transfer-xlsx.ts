import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import type { SheetCell, SheetRows, TransferSheets } from '@ipgn/assessment';

/** Upload limit for an import file (JSON or XLSX). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Bounds on what a hostile XLSX can make us inflate and parse. */
const MAX_ZIP_ENTRIES = 64;
const MAX_UNCOMPRESSED_BYTES = 8 * 1024 * 1024;
const MAX_ROWS = 2000;
const MAX_COLUMNS = 16;
const MAX_CELL_CHARS = 10_000;
const SHEETS = ['meta', 'questions', 'modules'] as const;

export class UnreadableXlsxError extends Error {
  constructor(readonly at: string) {
    super(`unreadable xlsx at ${at}`);
    this.name = 'UnreadableXlsxError';
  }
}

/** The transfer sheets as an XLSX workbook (plain string and number cells; no formulas). */
export async function writeTransferXlsx(sheets: TransferSheets): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of SHEETS) {
    const sheet = workbook.addWorksheet(name);
    for (const row of sheets[name]) sheet.addRow(row.map((c) => (c === null ? null : c)));
    sheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Inflates the archive ourselves within fixed bounds (entry count, declared sizes; fflate never inflates past a
 * declared size), then hands ExcelJS a stored (uncompressed) copy, so a zip bomb costs at most the bounds.
 */
function boundedArchive(data: Uint8Array): Uint8Array {
  let entries = 0;
  let total = 0;
  let tooBig = false;
  let files: Unzipped;
  try {
    files = unzipSync(data, {
      filter: (file) => {
        entries += 1;
        total += file.originalSize;
        if (entries > MAX_ZIP_ENTRIES || file.originalSize > MAX_UNCOMPRESSED_BYTES || total > MAX_UNCOMPRESSED_BYTES)
          tooBig = true;
        return !tooBig;
      },
    });
  } catch {
    throw new UnreadableXlsxError('file');
  }
  if (tooBig) throw new UnreadableXlsxError('file');
  return zipSync(files, { level: 0 });
}

function cellValue(value: ExcelJS.CellValue, at: string): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    if (value.length > MAX_CELL_CHARS) throw new UnreadableXlsxError(at);
    return value;
  }
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value && typeof value.text === 'string') return value.text;
  // Formulas, errors and shared formulas carry no value we can trust.
  throw new UnreadableXlsxError(at);
}

/** Reads the three transfer sheets back; a missing sheet or an oversized or unreadable cell refuses the file. */
export async function readTransferXlsx(data: Uint8Array): Promise<TransferSheets> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(boundedArchive(data)) as unknown as ExcelJS.Buffer);
  } catch (error) {
    if (error instanceof UnreadableXlsxError) throw error;
    throw new UnreadableXlsxError('file');
  }
  const out: Record<(typeof SHEETS)[number], SheetRows> = { meta: [], questions: [], modules: [] };
  for (const name of SHEETS) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new UnreadableXlsxError(`${name}!A1`);
    if (sheet.rowCount > MAX_ROWS || sheet.columnCount > MAX_COLUMNS) throw new UnreadableXlsxError(`${name}!A1`);
    const rows: SheetRows = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: SheetCell[] = [];
      for (let c = 1; c <= Math.min(sheet.columnCount, MAX_COLUMNS); c++)
        cells.push(cellValue(row.getCell(c).value, `${name}!${String.fromCharCode(64 + c)}${r}`));
      rows.push(cells);
    }
    out[name] = rows;
  }
  return out;
}

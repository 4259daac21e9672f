import { ApiException } from '../errors/api-exception';
import type { Report, ReportBlock, Workbook } from './report-model';

/**
 * Bounds every rendered document. 200,000 characters is about 100 pages of Japanese text, several times the
 * longest real report; a draft over it answers 413 naming the cap instead of exhausting memory.
 */
export const MAX_EXPORT_CHARS = 200_000;
/** A spreadsheet's cap, in cells. */
export const MAX_EXPORT_CELLS = 200_000;
/** Wall time one PDF/DOCX/XLSX may take in its worker thread before it is stopped. */
export const RENDER_TIME_LIMIT_MS = 20_000;

function blockChars(block: ReportBlock): number {
  switch (block.kind) {
    case 'heading':
    case 'note':
      return block.text.length;
    case 'paragraph':
      return block.runs.reduce((s, r) => s + r.text.length, 0);
    case 'bullets':
      return block.items.reduce((s, i) => s + i.length, 0);
    case 'code':
      return block.heading.length + block.lines.reduce((s, l) => s + l.length, 0);
    case 'page-break':
      return 0;
    case 'table':
      return (
        block.columns.reduce((s, c) => s + c.label.length, 0) +
        block.rows.reduce((s, r) => s + r.reduce((t, c) => t + (c.kind === 'text' ? c.text.length : 12), 0), 0)
      );
    case 'bar-chart':
      return block.bars.reduce((s, b) => s + b.label.length + b.display.length, 0);
  }
}

export function reportChars(report: Report): number {
  return (
    report.title.length +
    report.header.reduce((s, h) => s + h.length, 0) +
    report.blocks.reduce((s, b) => s + blockChars(b), 0)
  );
}

/** Throws 413 EXPORT_TOO_LARGE (with the cap) before any rendering starts. */
export function assertReportWithinLimits(report: Report): void {
  if (reportChars(report) > MAX_EXPORT_CHARS)
    throw new ApiException(413, 'EXPORT_TOO_LARGE', { limit: MAX_EXPORT_CHARS.toLocaleString('en-US') });
}

export function assertWorkbookWithinLimits(book: Workbook): void {
  const cells = book.sheets.reduce((s, sheet) => s + sheet.rows.length * Math.max(1, sheet.columns.length), 0);
  const chars = book.sheets.reduce(
    (s, sheet) =>
      s + sheet.rows.reduce((t, r) => t + r.reduce((u, c) => u + (c.kind === 'text' ? c.text.length : 12), 0), 0),
    0,
  );
  if (cells > MAX_EXPORT_CELLS || chars > MAX_EXPORT_CHARS * 10)
    throw new ApiException(413, 'EXPORT_TOO_LARGE', { limit: MAX_EXPORT_CHARS.toLocaleString('en-US') });
}

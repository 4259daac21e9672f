import PDFDocument from 'pdfkit';
import { breakLongTokens, stripXmlIllegal } from './cell-hygiene';
import { formatCell } from './format-values';
import { heatColour, heatTextColour } from './heat-colour';
import { japaneseFontPath } from './japanese-font-path';
import type { BarChartBlock, Report, ReportBlock, ReportCell, TableBlock } from './report-model';

const PRODUCER = 'IP Governance Navigator';
const INK = '#000000';
const MUTED = '#444444';
const ACCENT = '#1a3d6d';
const MARKER = '#b45309';
const RULE = '#888888';
const HEADER_FILL = '#e8edf3';
const BAR = '#2b6cb0';
const TRACK = '#e2e8f0';

type Doc = InstanceType<typeof PDFDocument>;
/** Text as drawn: XML-illegal characters gone, long unbroken tokens cut to the line width at the current font size. */
const clean = (doc: Doc, s: string): string =>
  breakLongTokens(stripXmlIllegal(s), contentWidth(doc) * 0.95, (ch) => doc.widthOfString(ch));

/** A4 PDF with Noto Sans JP embedded (subset): Japanese text stays searchable and copyable. Deterministic for a given report. */
export function renderPdf(report: Report): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      lang: report.language,
      displayTitle: true,
      info: {
        Title: stripXmlIllegal(report.title),
        Author: stripXmlIllegal(report.author),
        Creator: PRODUCER,
        Producer: PRODUCER,
        CreationDate: report.createdAt,
        ModDate: report.createdAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('jp', japaneseFontPath());
    doc.font('jp');
    if (report.header.length > 0) {
      doc.fontSize(9).fillColor(MUTED);
      for (const line of report.header) doc.text(clean(doc, line), { align: 'right' });
      doc.moveDown(1);
    }
    doc.fontSize(16).fillColor(INK).text(clean(doc, report.title));
    for (const block of report.blocks) drawBlock(doc, block, report);
    doc.end();
  });
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function drawBlock(doc: Doc, block: ReportBlock, report: Report): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  switch (block.kind) {
    case 'heading': {
      const size = block.level === 1 ? 13 : block.level === 2 ? 11.5 : 10.5;
      doc.moveDown(block.level === 1 ? 0.8 : 0.5);
      ensureSpace(doc, size * 3);
      doc.fontSize(size).fillColor(ACCENT).text(clean(doc, block.text), left, doc.y, { width });
      doc.fillColor(INK);
      return;
    }
    case 'paragraph': {
      doc.moveDown(0.4).fontSize(10.5);
      if (block.runs.length === 0) return;
      block.runs.forEach((r, i) => {
        const last = i === block.runs.length - 1;
        doc
          .fillColor(r.style === 'marker' ? MARKER : r.style === 'strong' ? ACCENT : INK)
          .text(clean(doc, r.text), { continued: !last, lineGap: 2, width });
      });
      doc.fillColor(INK);
      return;
    }
    case 'bullets':
      doc.moveDown(0.2).fontSize(10).fillColor(INK);
      for (const item of block.items)
        doc.text(`${report.language === 'ja' ? '・' : '• '}${clean(doc, item)}`, left, doc.y, {
          width,
          lineGap: 1.5,
          indent: 0,
        });
      return;
    case 'note':
      doc.moveDown(0.3).fontSize(8.5).fillColor(MUTED).text(clean(doc, block.text), left, doc.y, { width });
      doc.fillColor(INK);
      return;
    case 'code':
      doc.moveDown(0.8).fontSize(12.5).fillColor(ACCENT).text(clean(doc, block.heading), left, doc.y, { width });
      doc.fontSize(8.5).fillColor(INK);
      for (const line of block.lines) doc.text(clean(doc, line), left, doc.y, { width });
      return;
    case 'page-break':
      doc.addPage();
      return;
    case 'table':
      drawTable(doc, block, report);
      return;
    case 'bar-chart':
      drawBarChart(doc, block);
      return;
  }
}

function drawTable(doc: Doc, table: TableBlock, report: Report): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const weights = table.columns.map((c) => c.width ?? 1);
  const total = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => (w / total) * width);
  const pad = 3;
  const fontSize = table.columns.length > 6 ? 7.5 : 8.5;
  doc.moveDown(0.4).fontSize(fontSize);

  const rowHeight = (cells: readonly string[]) =>
    Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] ?? 0) - 2 * pad }))) + 2 * pad;
  const drawRow = (cells: readonly string[], fills: readonly (string | null)[], inks: readonly string[]) => {
    const h = rowHeight(cells);
    ensureSpace(doc, h);
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      const fill = fills[i];
      if (fill) doc.save().rect(x, y, w, h).fillColor(fill).fill().restore();
      doc.save().lineWidth(0.5).rect(x, y, w, h).strokeColor(RULE).stroke().restore();
      doc
        .fillColor(inks[i] ?? INK)
        .text(cell, x + pad, y + pad, { width: w - 2 * pad, align: i === 0 ? 'left' : 'center' });
      x += w;
    });
    doc.fillColor(INK);
    doc.x = left;
    doc.y = y + h;
  };
  const header = table.columns.map((c) => clean(doc, c.label));
  drawRow(
    header,
    header.map(() => HEADER_FILL),
    header.map(() => INK),
  );
  for (const row of table.rows) {
    const texts = row.map((c) => clean(doc, formatCell(c, report.language)));
    const heat = row.map((c, i) => (table.heat && i > 0 ? heatValue(c) : null));
    drawRow(
      texts,
      heat.map((v) => (v === null ? null : heatColour(v))),
      heat.map((v) => (v === null ? INK : heatTextColour(v))),
    );
  }
  doc.moveDown(0.3);
}

function heatValue(cell: ReportCell): number | null {
  return cell.kind === 'number' ? cell.value : null;
}

function drawBarChart(doc: Doc, chart: BarChartBlock): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const labelWidth = width * 0.36;
  const valueWidth = 104;
  const barArea = width - labelWidth - valueWidth - 12;
  const barHeight = 9;
  doc.moveDown(0.3).fontSize(8.5);
  for (const bar of chart.bars) {
    const label = clean(doc, bar.label);
    const h = Math.max(barHeight + 4, doc.heightOfString(label, { width: labelWidth - 6 }) + 3);
    ensureSpace(doc, h);
    const y = doc.y;
    doc.fillColor(INK).text(label, left, y, { width: labelWidth - 6 });
    const barX = left + labelWidth;
    const barY = y + (h - barHeight) / 2 - 1;
    doc.save().rect(barX, barY, barArea, barHeight).fillColor(TRACK).fill().restore();
    if (bar.value !== null && chart.max > 0) {
      const w = Math.max(0, Math.min(1, bar.value / chart.max)) * barArea;
      if (w > 0) doc.save().rect(barX, barY, w, barHeight).fillColor(BAR).fill().restore();
    }
    doc.fillColor(INK).text(clean(doc, bar.display), barX + barArea + 6, y, { width: valueWidth, lineBreak: false });
    doc.x = left;
    doc.y = y + h;
  }
  doc.moveDown(0.3);
}

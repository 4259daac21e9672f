import {
  AlignmentType,
  Document,
  HeadingLevel,
  HighlightColor,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { stripXmlIllegal } from './cell-hygiene';
import { fixZipTimestamps } from './fix-zip-timestamps';
import { formatCell } from './format-values';
import { heatColour, heatTextColour } from './heat-colour';
import { REPORT_FONT_FAMILY } from './japanese-font-path';
import type { BarChartBlock, Report, ReportBlock, TableBlock } from './report-model';

const PRODUCER = 'IP Governance Navigator';
const font = { ascii: REPORT_FONT_FAMILY, eastAsia: REPORT_FONT_FAMILY, hAnsi: REPORT_FONT_FAMILY };
const clean = stripXmlIllegal;

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml written here with fixed created/modified times (the library would use the clock). */
function coreProperties(report: Report): string {
  const at = report.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(clean(report.title))}</dc:title><dc:creator>${xmlEscape(clean(report.author))}</dc:creator>` +
    `<cp:lastModifiedBy>${PRODUCER}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** An editable Word document; byte-for-byte reproducible for a given report (every embedded time is `createdAt`). */
export async function renderDocx(report: Report): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    ...report.header.map(
      (line) => new Paragraph({ children: [new TextRun({ text: clean(line) })], alignment: AlignmentType.RIGHT }),
    ),
    new Paragraph({ text: clean(report.title), heading: HeadingLevel.TITLE }),
  ];
  for (const block of report.blocks) children.push(...docxBlock(block, report));
  const doc = new Document({
    title: clean(report.title),
    creator: clean(report.author),
    styles: { default: { document: { run: { font } } } },
    sections: [{ children }],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(report) }]);
  return fixZipTimestamps(Buffer.from(packed), report.createdAt);
}

function docxBlock(block: ReportBlock, report: Report): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: clean(block.text), heading: HEADINGS[block.level] })];
    case 'paragraph':
      return [
        new Paragraph({
          children: block.runs.map((r) =>
            r.style === 'marker'
              ? new TextRun({ text: clean(r.text), bold: true, highlight: HighlightColor.YELLOW })
              : new TextRun({ text: clean(r.text), bold: r.style === 'strong' }),
          ),
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: [new TextRun({ text: `${report.language === 'ja' ? '・' : '• '}${clean(item)}` })],
          }),
      );
    case 'note':
      return [new Paragraph({ children: [new TextRun({ text: clean(block.text), size: 16, color: '444444' })] })];
    case 'code':
      return [
        new Paragraph({ text: clean(block.heading), heading: HeadingLevel.HEADING_1 }),
        ...block.lines.map(
          (line) => new Paragraph({ children: [new TextRun({ text: clean(line), font: 'Consolas' })] }),
        ),
      ];
    case 'page-break':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'table':
      return [docxTable(block, report), new Paragraph({ children: [] })];
    case 'bar-chart':
      return [docxBarChart(block), new Paragraph({ children: [] })];
  }
}

const cellParagraph = (text: string, opts: { bold?: boolean; color?: string; left?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.left ? AlignmentType.LEFT : AlignmentType.CENTER,
    children: [new TextRun({ text: clean(text), bold: opts.bold, size: 18, color: opts.color })],
  });

function docxTable(table: TableBlock, report: Report): Table {
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map(
      (c, i) =>
        new TableCell({
          shading: { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' },
          children: [cellParagraph(c.label, { bold: true, left: i === 0 })],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        children: row.map((cell, i) => {
          const heat = table.heat && i > 0 && cell.kind === 'number' ? cell.value : null;
          return new TableCell({
            shading:
              heat === null ? undefined : { type: ShadingType.CLEAR, fill: heatColour(heat).slice(1), color: 'auto' },
            children: [
              cellParagraph(formatCell(cell, report.language), {
                left: i === 0,
                color: heat === null ? undefined : heatTextColour(heat).slice(1),
              }),
            ],
          });
        }),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** Bars as a table of label, bar (filled squares, 20 steps) and value: stays editable in Word. */
function docxBarChart(chart: BarChartBlock): Table {
  const rows = chart.bars.map((bar) => {
    const steps =
      bar.value === null || chart.max <= 0 ? 0 : Math.round(Math.max(0, Math.min(1, bar.value / chart.max)) * 20);
    return new TableRow({
      children: [
        new TableCell({
          width: { size: 40, type: WidthType.PERCENTAGE },
          children: [cellParagraph(bar.label, { left: true })],
        }),
        new TableCell({
          width: { size: 45, type: WidthType.PERCENTAGE },
          children: [cellParagraph(`${'■'.repeat(steps)}${'□'.repeat(20 - steps)}`, { left: true, color: '2B6CB0' })],
        }),
        new TableCell({ width: { size: 15, type: WidthType.PERCENTAGE }, children: [cellParagraph(bar.display)] }),
      ],
    });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

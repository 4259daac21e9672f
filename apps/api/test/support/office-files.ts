import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** Parses XML strictly (as Word and Excel do): throws on any character or structure XML forbids. */
export function parseXmlStrictly(xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.write(xml).close();
  if (failure) throw failure;
}

export interface DocxContent {
  readonly xml: string;
  /** The text of each paragraph of the body, in order (table cells included). */
  readonly paragraphs: readonly string[];
  /** Each table as rows of cell texts. */
  readonly tables: readonly (readonly (readonly string[])[])[];
  readonly core: string;
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Opens a DOCX: every XML part must parse strictly; returns its paragraphs and tables as text. */
export async function readDocx(docx: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(docx);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    parseXmlStrictly((await zip.file(name)?.async('string')) ?? '');
  }
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
    ),
  );
  return { xml, paragraphs, tables, core };
}

/** Opens an XLSX with exceljs (which parses strictly) after checking every XML part. */
export async function readXlsx(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml')))
    parseXmlStrictly((await zip.file(name)?.async('string')) ?? '');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** Every cell value of every sheet as text (header rows included), for injection checks. */
export function allCellTexts(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') out.push(cell.value);
        else if (cell.value !== null && typeof cell.value === 'object' && 'formula' in cell.value)
          out.push(`=${String(cell.value.formula)}`);
      }),
    ),
  );
  return out;
}

/** A CSV parsed into cells (RFC 4180: quoted fields, doubled quotes, CRLF), the BOM removed. */
export function parseCsv(csv: Buffer | string): string[][] {
  const s = (typeof csv === 'string' ? csv : csv.toString('utf8')).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** True when a spreadsheet would evaluate this cell text as a formula. */
export const isFormulaLike = (value: string): boolean => /^[=+\-@\t\r]/.test(value);

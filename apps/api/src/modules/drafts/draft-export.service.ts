import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlignmentType, Document, HeadingLevel, HighlightColor, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { renderDraftMarkdown, type Draft, type DraftLanguage } from '@ipgn/drafting';
import type { OrganizationContext } from '../../common/http/request-context';
import { japaneseFontPath } from '../assessments/assessment-export.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { PublicationEntity } from '../publishing/entities/publication.entity';
import { slotMarker } from './draft-text';
import { fixZipTimestamps } from './draft-zip';
import { DraftsService, ORGANIZATION_TIME_ZONE } from './drafts.service';

export type ExportFormat = 'docx' | 'pdf' | 'md';

export interface DraftExport {
  body: Buffer;
  contentType: string;
  filename: string;
}

/** What an export shows besides the text, and the instant every embedded timestamp is set to. */
interface ExportContext {
  draft: Draft;
  organizationName: string;
  /** "公開日 2026年11月25日" / "Published 25 November 2026", or the export date for unpublished versions. */
  dateLine: string;
  at: Date;
  published: boolean;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
};

const PRODUCER = 'IP Governance Navigator';

/**
 * DOCX, PDF and Markdown of one version of a draft, with the organization's name and a date. The export of a
 * published version is reproducible byte for byte: every timestamp the libraries embed is the publication time
 * (docx core properties and ZIP entry times, PDF info dates and the file id derived from them).
 */
@Injectable()
export class DraftExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly drafts: DraftsService,
  ) {}

  async export(org: OrganizationContext, id: string, format: ExportFormat, version: number | undefined, now: Date = new Date()): Promise<DraftExport> {
    const draft = await this.drafts.get(org, id);
    const row = await this.drafts.version(org, id, version ?? draft.currentVersion);
    const organization = await this.db.getRepository(OrganizationEntity).findOneOrFail({ where: { id: org.organizationId } });
    const publication = await this.db.getRepository(PublicationEntity).findOne({
      where: { organizationId: org.organizationId, draftId: id, version: row.version },
      select: { id: true, publishedAt: true },
    });
    const language = row.sections.language;
    const at = publication?.publishedAt ?? now;
    const ctx: ExportContext = {
      draft: row.sections,
      organizationName: language === 'en' && organization.legalNameEn ? organization.legalNameEn : organization.legalNameJa,
      dateLine: dateLine(language, at, publication !== null),
      at,
      published: publication !== null,
    };
    const body = format === 'docx' ? await renderDocx(ctx) : format === 'pdf' ? await renderPdf(ctx) : Buffer.from(renderMarkdown(ctx), 'utf8');
    return { body, contentType: CONTENT_TYPES[format], filename: `${draft.type}-${language}-v${row.version}.${format}` };
  }
}

function dateLine(language: DraftLanguage, at: Date, published: boolean): string {
  if (language === 'ja') {
    const d = new Intl.DateTimeFormat('ja-JP', { timeZone: ORGANIZATION_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' }).format(at);
    return `${published ? '公開日' : '出力日'} ${d}`;
  }
  const d = new Intl.DateTimeFormat('en-GB', { timeZone: ORGANIZATION_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' }).format(at);
  return `${published ? 'Published' : 'Exported'} ${d}`;
}

function renderMarkdown(ctx: ExportContext): string {
  const md = renderDraftMarkdown(ctx.draft);
  const newline = md.indexOf('\n');
  const meta = `${escapeMarkdown(ctx.organizationName)} ・ ${ctx.dateLine}`;
  return `${md.slice(0, newline + 1)}\n${meta}\n${md.slice(newline + 1)}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** docProps/core.xml written by us, with fixed created/modified times (the library would use the clock). */
function coreProperties(ctx: ExportContext): string {
  const at = ctx.at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(ctx.draft.title)}</dc:title><dc:creator>${xmlEscape(ctx.organizationName)}</dc:creator>` +
    `<cp:lastModifiedBy>${PRODUCER}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

async function renderDocx(ctx: ExportContext): Promise<Buffer> {
  const { draft } = ctx;
  const children: Paragraph[] = [
    new Paragraph({ children: [new TextRun({ text: ctx.organizationName })], alignment: AlignmentType.RIGHT }),
    new Paragraph({ children: [new TextRun({ text: ctx.dateLine })], alignment: AlignmentType.RIGHT }),
    new Paragraph({ text: draft.title, heading: HeadingLevel.TITLE }),
  ];
  for (const section of draft.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const p of section.paragraphs) {
      children.push(
        new Paragraph({
          children: p.runs.map((r) =>
            r.kind === 'text' ? new TextRun({ text: r.text }) : new TextRun({ text: slotMarker(r, draft.language), bold: true, highlight: HighlightColor.YELLOW }),
          ),
        }),
      );
    }
  }
  const diagram = draft.attachments.valueCreationDiagram;
  if (diagram && diagram.nodes.length > 0) {
    children.push(new Paragraph({ text: draft.language === 'ja' ? '価値創造ストーリー（Mermaid）' : 'Value-creation story (Mermaid)', heading: HeadingLevel.HEADING_1 }));
    for (const line of diagram.mermaid.split('\n')) children.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }));
  }
  const doc = new Document({
    title: draft.title,
    creator: ctx.organizationName,
    styles: { default: { document: { run: { font: { ascii: 'Noto Sans JP', eastAsia: 'Noto Sans JP', hAnsi: 'Noto Sans JP' } } } } },
    sections: [{ children }],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(ctx) }]);
  return fixZipTimestamps(Buffer.from(packed), ctx.at);
}

function renderPdf(ctx: ExportContext): Promise<Buffer> {
  const { draft } = ctx;
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      lang: draft.language,
      displayTitle: true,
      info: { Title: draft.title, Author: ctx.organizationName, Creator: PRODUCER, Producer: PRODUCER, CreationDate: ctx.at, ModDate: ctx.at },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('jp', japaneseFontPath());
    doc.font('jp');
    doc.fontSize(9).fillColor('#444444').text(ctx.organizationName, { align: 'right' }).text(ctx.dateLine, { align: 'right' });
    doc.moveDown(1).fontSize(16).fillColor('#000000').text(draft.title);
    for (const section of draft.sections) {
      doc.moveDown(0.8).fontSize(12.5).fillColor('#1a3d6d').text(section.heading);
      doc.fontSize(10.5).fillColor('#000000');
      for (const p of section.paragraphs) {
        doc.moveDown(0.4);
        p.runs.forEach((r, i) => {
          const last = i === p.runs.length - 1;
          if (r.kind === 'text') doc.fillColor('#000000').text(r.text, { continued: !last, lineGap: 2 });
          else doc.fillColor('#b45309').text(slotMarker(r, draft.language), { continued: !last, lineGap: 2 });
        });
      }
    }
    doc.end();
  });
}

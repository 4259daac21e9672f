import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { renderDraftMarkdown, type Draft, type DraftLanguage } from '@ipgn/drafting';
import type { OrganizationContext } from '../../common/http/request-context';
import { assertReportWithinLimits } from '../../common/export/export-limits';
import { exportFile, exportFileName, type ExportFile } from '../../common/export/export-file-name';
import { formatDate } from '../../common/export/format-values';
import { renderOffThread } from '../../common/export/render-off-thread';
import type { Report, ReportBlock } from '../../common/export/report-model';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { PublicationEntity } from '../publishing/entities/publication.entity';
import { slotMarker } from './draft-text';
import { DraftsService } from './drafts.service';

export type ExportFormat = 'docx' | 'pdf' | 'md';

export type DraftExport = ExportFile;

/** What an export shows besides the text, and the instant every embedded timestamp is set to. */
interface ExportContext {
  draft: Draft;
  organizationName: string;
  /** "公開日 2026年11月25日" / "Published 25 November 2026", or the export date for unpublished versions. */
  dateLine: string;
  at: Date;
  published: boolean;
}


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
    const filename = exportFileName(ctx.organizationName, `${draft.type}-${language}-v${row.version}`, at, format);
    if (format === 'md') return exportFile(Buffer.from(renderMarkdown(ctx), 'utf8'), filename, 'md');
    const report = draftReport(ctx);
    assertReportWithinLimits(report);
    return exportFile(await renderOffThread({ format, report }), filename, format);
  }
}

function dateLine(language: DraftLanguage, at: Date, published: boolean): string {
  const d = formatDate(at, language);
  if (language === 'ja') return `${published ? '公開日' : '出力日'} ${d}`;
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

/** The draft as the shared report model: header lines, title, one heading per section, slot markers highlighted. */
function draftReport(ctx: ExportContext): Report {
  const { draft } = ctx;
  const blocks: ReportBlock[] = [];
  for (const section of draft.sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.heading });
    for (const p of section.paragraphs) {
      blocks.push({
        kind: 'paragraph',
        runs: p.runs.map((r) => (r.kind === 'text' ? { text: r.text } : { text: slotMarker(r, draft.language), style: 'marker' as const })),
      });
    }
  }
  const diagram = draft.attachments.valueCreationDiagram;
  if (diagram && diagram.nodes.length > 0) {
    blocks.push({ kind: 'code', heading: draft.language === 'ja' ? '価値創造ストーリー（Mermaid）' : 'Value-creation story (Mermaid)', lines: diagram.mermaid.split('\n') });
  }
  return {
    language: draft.language,
    title: draft.title,
    header: [ctx.organizationName, ctx.dateLine],
    author: ctx.organizationName,
    createdAt: ctx.at,
    blocks,
  };
}

import { Injectable } from '@nestjs/common';
import { renderDraftMarkdown } from '@ipgn/drafting';
import type { OrganizationContext } from '../../common/http/request-context';
import { assertReportWithinLimits } from '../../common/export/export-limits';
import { exportFile, exportFileName, type ExportFile } from '../../common/export/export-file-name';
import { renderOffThread } from '../../common/export/render-off-thread';
import { OrganizationsService } from '../organizations/organizations.service';
import { PublicationsService } from '../publishing/publications.service';
import { dateLine, draftReport, type ExportContext } from './draft-report';
import { DraftsService } from './drafts.service';

export type ExportFormat = 'docx' | 'pdf' | 'md';

export type DraftExport = ExportFile;

/**
 * DOCX, PDF and Markdown of one version of a draft, with the organization's name and a date. The export of a
 * published version is reproducible byte for byte: every timestamp the libraries embed is the publication time
 * (docx core properties and ZIP entry times, PDF info dates and the file id derived from them).
 */
@Injectable()
export class DraftExportService {
  constructor(
    private readonly drafts: DraftsService,
    private readonly organizations: OrganizationsService,
    private readonly publications: PublicationsService,
  ) {}

  async export(
    org: OrganizationContext,
    id: string,
    format: ExportFormat,
    version: number | undefined,
    now: Date = new Date(),
  ): Promise<DraftExport> {
    const draft = await this.drafts.get(org, id);
    const row = await this.drafts.version(org, id, version ?? draft.currentVersion);
    const organization = await this.organizations.findById(org.organizationId);
    const publication = await this.publications.ofVersion(org.organizationId, id, row.version);
    const language = row.sections.language;
    const at = publication?.publishedAt ?? now;
    const ctx: ExportContext = {
      draft: row.sections,
      organizationName:
        language === 'en' && organization.legalNameEn ? organization.legalNameEn : organization.legalNameJa,
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

function renderMarkdown(ctx: ExportContext): string {
  const md = renderDraftMarkdown(ctx.draft);
  const newline = md.indexOf('\n');
  const meta = `${escapeMarkdown(ctx.organizationName)} ・ ${ctx.dateLine}`;
  return `${md.slice(0, newline + 1)}\n${meta}\n${md.slice(newline + 1)}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

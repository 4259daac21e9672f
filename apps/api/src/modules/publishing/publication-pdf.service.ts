import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { assertReportWithinLimits } from '../../common/export/export-limits';
import { exportFile, exportFileName, type ExportFile } from '../../common/export/export-file-name';
import { renderOffThread } from '../../common/export/render-off-thread';
import { ApiException } from '../../common/errors/api-exception';
import { dateLine, draftReport } from '../drafts/draft-report';
import { OrganizationsService } from '../organizations/organizations.service';
import { PublicationEntity } from './entities/publication.entity';

const SLUG = /^[a-z0-9-]{1,64}$/;
const KEPT_FILES = 16;

/**
 * The PDF of a published version, for anyone who can read the public page. It is the draft PDF (same builder,
 * same renderer) with the title the company chose, and every embedded timestamp is the publication time, so
 * the same publication always gives the same bytes. Rendering is costly and the endpoint is public: the last
 * few files are kept in memory, keyed by everything that goes into them.
 */
@Injectable()
export class PublicationPdfService {
  private readonly kept = new Map<string, Promise<ExportFile>>();

  constructor(
    @InjectRepository(PublicationEntity) private readonly publications: Repository<PublicationEntity>,
    private readonly organizations: OrganizationsService,
  ) {}

  async pdf(slug: string, publicationId: string): Promise<ExportFile> {
    if (!SLUG.test(slug)) throw ApiException.notFound();
    const organization = await this.organizations.findBySlug(slug);
    if (!organization) throw ApiException.notFound();
    // An unpublished (withdrawn) version is gone from the public pages, and so is its PDF.
    const publication = await this.publications.findOne({
      where: { id: publicationId, organizationId: organization.id, withdrawnAt: IsNull() },
    });
    if (!publication) throw ApiException.notFound();
    const language = publication.language;
    const organizationName =
      language === 'en' && organization.legalNameEn ? organization.legalNameEn : organization.legalNameJa;
    const key = JSON.stringify([publication.id, publication.title, organizationName]);
    const hit = this.kept.get(key);
    if (hit) return hit;
    const at = publication.publishedAt;
    const report = draftReport({
      draft: publication.content,
      organizationName,
      dateLine: dateLine(language, at, true),
      at,
      published: true,
      title: publication.title,
    });
    assertReportWithinLimits(report);
    const filename = exportFileName(
      organizationName,
      `${publication.type}-${language}-v${publication.version}`,
      at,
      'pdf',
    );
    const file = renderOffThread({ format: 'pdf', report }).then((body) => exportFile(body, filename, 'pdf'));
    if (this.kept.size >= KEPT_FILES) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, file);
    file.catch(() => this.kept.delete(key));
    return file;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager, type Repository } from 'typeorm';
import type { PublicationRef } from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { PublicPageCache } from './public-page-cache';
import { PublicationEntity } from './entities/publication.entity';

/** A frozen published version, as the drafts module hands it over. */
export type NewPublication = Omit<PublicationEntity, 'id' | 'organization' | 'publisher' | 'withdrawnAt'>;

/** The `publications` table for other modules: the drafts module publishes and lists a draft's publications here. */
@Injectable()
export class PublicationsService {
  constructor(
    @InjectRepository(PublicationEntity) private readonly publications: Repository<PublicationEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly pages: PublicPageCache,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * Saves a publication inside the caller's transaction. Publishing again a version that was unpublished
   * (withdrawn, then approved again unchanged) puts that same publication back, dated now. A later version of the
   * same draft keeps the title the company gave the previous one (a rename is a choice, not a one-off).
   */
  async record(manager: EntityManager, data: NewPublication): Promise<PublicationEntity> {
    const repo = manager.getRepository(PublicationEntity);
    const earlier = await repo.findOne({
      where: { organizationId: data.organizationId, draftId: data.draftId, version: data.version },
    });
    if (earlier) return repo.save(Object.assign(earlier, data, { title: earlier.title, withdrawnAt: null }));
    const previous = await repo.findOne({
      where: { organizationId: data.organizationId, draftId: data.draftId },
      select: { id: true, title: true },
      order: { version: 'DESC' },
    });
    return repo.save(repo.create({ ...data, title: previous?.title ?? data.title, withdrawnAt: null }));
  }

  /** Takes every public publication of the draft off the public pages (inside the caller's transaction). */
  async withdraw(manager: EntityManager, organizationId: string, draftId: string, at: Date): Promise<number> {
    const result = await manager
      .getRepository(PublicationEntity)
      .update({ organizationId, draftId, withdrawnAt: IsNull() }, { withdrawnAt: at });
    return result.affected ?? 0;
  }

  /** The publication of one version of a draft (its id and date), or null when that version was never published. */
  async ofVersion(
    organizationId: string,
    draftId: string,
    version: number,
  ): Promise<Pick<PublicationEntity, 'id' | 'publishedAt'> | null> {
    return this.publications.findOne({
      where: { organizationId, draftId, version },
      select: { id: true, publishedAt: true },
    });
  }

  /** The publications of one draft of the organization, oldest first. */
  async ofDraft(organizationId: string, draftId: string): Promise<PublicationRef[]> {
    const rows = await this.publications.find({
      where: { organizationId, draftId },
      select: { id: true, version: true, publishedAt: true, title: true, withdrawnAt: true },
      order: { version: 'ASC' },
    });
    return rows.map(toRef);
  }

  /** Renames a publication of the organization (audited with the old and new title); the public page shows it at once. */
  async rename(org: OrganizationContext, actor: AuthenticatedUser, id: string, title: string): Promise<PublicationRef> {
    const organizationId = org.organizationId;
    const saved = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(PublicationEntity);
      const row = await repo.findOne({
        where: { id, organizationId },
        select: { id: true, version: true, publishedAt: true, title: true, slug: true, withdrawnAt: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw ApiException.notFound();
      if (row.title === title) return row;
      await repo.update({ id, organizationId }, { title });
      await this.audit.record(
        {
          organizationId,
          actorUserId: actor.id,
          action: 'publication.renamed',
          target: title,
          data: { id, from: row.title, to: title },
        },
        manager,
      );
      return { ...row, title };
    });
    // The cached page is keyed by the company's current slug (the one stored on the row is the slug when published).
    const slug = await this.organizations.slugOf(organizationId);
    if (slug) this.pages.invalidate(slug);
    return toRef(saved);
  }
}

function toRef(p: Pick<PublicationEntity, 'id' | 'version' | 'publishedAt' | 'title' | 'withdrawnAt'>): PublicationRef {
  return {
    publicationId: p.id,
    version: p.version,
    publishedAt: p.publishedAt.toISOString(),
    withdrawnAt: p.withdrawnAt?.toISOString() ?? null,
    title: p.title,
  };
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import type { PublicationRef } from '@ipgn/contracts';
import { PublicationEntity } from './entities/publication.entity';

/** A frozen published version, as the drafts module hands it over. */
export type NewPublication = Omit<PublicationEntity, 'id' | 'organization' | 'publisher' | 'withdrawnAt'>;

/** The `publications` table for other modules: the drafts module publishes and lists a draft's publications here. */
@Injectable()
export class PublicationsService {
  constructor(@InjectRepository(PublicationEntity) private readonly publications: Repository<PublicationEntity>) {}

  /**
   * Saves a publication inside the caller's transaction. Publishing again a version that was unpublished
   * (withdrawn, then approved again unchanged) puts that same publication back, dated now.
   */
  async record(manager: EntityManager, data: NewPublication): Promise<PublicationEntity> {
    const repo = manager.getRepository(PublicationEntity);
    const earlier = await repo.findOne({ where: { organizationId: data.organizationId, draftId: data.draftId, version: data.version } });
    if (earlier) return repo.save(Object.assign(earlier, data, { withdrawnAt: null }));
    return repo.save(repo.create({ ...data, withdrawnAt: null }));
  }

  /** Takes every public publication of the draft off the public pages (inside the caller's transaction). */
  async withdraw(manager: EntityManager, organizationId: string, draftId: string, at: Date): Promise<number> {
    const result = await manager.getRepository(PublicationEntity).update({ organizationId, draftId, withdrawnAt: IsNull() }, { withdrawnAt: at });
    return result.affected ?? 0;
  }

  /** The publications of one draft of the organization, oldest first. */
  async ofDraft(organizationId: string, draftId: string): Promise<PublicationRef[]> {
    const rows = await this.publications.find({
      where: { organizationId, draftId },
      select: { id: true, version: true, publishedAt: true, withdrawnAt: true },
      order: { version: 'ASC' },
    });
    return rows.map((p) => ({ publicationId: p.id, version: p.version, publishedAt: p.publishedAt.toISOString(), withdrawnAt: p.withdrawnAt?.toISOString() ?? null }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { PublicationRef } from '@ipgn/contracts';
import { PublicationEntity } from './entities/publication.entity';

/** A frozen published version, as the drafts module hands it over. */
export type NewPublication = Omit<PublicationEntity, 'id' | 'organization' | 'publisher'>;

/** The `publications` table for other modules: the drafts module publishes and lists a draft's publications here. */
@Injectable()
export class PublicationsService {
  constructor(@InjectRepository(PublicationEntity) private readonly publications: Repository<PublicationEntity>) {}

  /** Saves a publication inside the caller's transaction. */
  async record(manager: EntityManager, data: NewPublication): Promise<PublicationEntity> {
    const repo = manager.getRepository(PublicationEntity);
    return repo.save(repo.create(data));
  }

  /** The publications of one draft of the organization, oldest first. */
  async ofDraft(organizationId: string, draftId: string): Promise<PublicationRef[]> {
    const rows = await this.publications.find({
      where: { organizationId, draftId },
      select: { id: true, version: true, publishedAt: true },
      order: { version: 'ASC' },
    });
    return rows.map((p) => ({ publicationId: p.id, version: p.version, publishedAt: p.publishedAt.toISOString() }));
  }
}

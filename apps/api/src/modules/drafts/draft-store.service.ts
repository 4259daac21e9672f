import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Draft } from '@ipgn/drafting';
import { ApiException } from '../../common/errors/api-exception';
import { scoreVersion } from './draft-text';
import { DraftVersionEntity } from './entities/draft-version.entity';
import { DraftEntity } from './entities/draft.entity';

/**
 * Reading and writing the drafts module's own rows (`drafts`, `draft_versions`), inside a transaction when
 * given its EntityManager. Always filtered by organization: another organization's draft is 404.
 */
@Injectable()
export class DraftStore {
  constructor(
    @InjectRepository(DraftEntity) private readonly drafts: Repository<DraftEntity>,
    @InjectRepository(DraftVersionEntity) private readonly versions: Repository<DraftVersionEntity>,
  ) {}

  /** The draft (with its creator; locked for update instead when `lock`), 404 when not the organization's. */
  async findDraft(organizationId: string, id: string, manager?: EntityManager, lock = false): Promise<DraftEntity> {
    const repo = manager ? manager.getRepository(DraftEntity) : this.drafts;
    const draft = await repo.findOne({
      where: { organizationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : { relations: { creator: true, reviewer: true } }),
    });
    if (!draft) throw ApiException.notFound();
    return draft;
  }

  async findVersion(
    organizationId: string,
    draftId: string,
    version: number,
    manager?: EntityManager,
  ): Promise<DraftVersionEntity> {
    const repo = manager ? manager.getRepository(DraftVersionEntity) : this.versions;
    const row = await repo.findOne({ where: { organizationId, draftId, version }, relations: { creator: true } });
    if (!row) throw ApiException.notFound();
    return row;
  }

  /** Saves `content` as version `version` of the draft, with its score and completeness. */
  async insertVersion(
    manager: EntityManager,
    draft: DraftEntity,
    version: number,
    content: Draft,
    userId: string,
    note: string | null,
  ): Promise<void> {
    const { score, completeness } = await scoreVersion(content);
    await manager.getRepository(DraftVersionEntity).insert({
      organizationId: draft.organizationId,
      draftId: draft.id,
      version,
      sections: content,
      score,
      completeness,
      note,
      createdBy: userId,
    });
  }

  async setStatus(
    manager: EntityManager,
    organizationId: string,
    id: string,
    changes: Partial<Pick<DraftEntity, 'status' | 'currentVersion' | 'reviewerId'>>,
  ): Promise<void> {
    await manager.getRepository(DraftEntity).update({ organizationId, id }, changes);
  }
}

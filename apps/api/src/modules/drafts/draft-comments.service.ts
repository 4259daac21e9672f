import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { canCommentOnDraft } from '@ipgn/drafting';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { toCommentView } from './draft-mappers';
import { DraftStore } from './draft-store.service';
import type { CreateCommentDto } from './dto/drafts.dto';
import { DraftCommentEntity } from './entities/draft-comment.entity';
import type { DraftCommentView } from '@ipgn/contracts';

/** Comments on a draft's sections. */
@Injectable()
export class DraftCommentsService {
  constructor(
    @InjectRepository(DraftCommentEntity) private readonly comments: Repository<DraftCommentEntity>,
    private readonly store: DraftStore,
  ) {}

  /**
   * A comment on a section. The route needs `draft:read`; writing a comment also needs a role that works on
   * drafts (`draft:edit` or `draft:review`, libs/drafting workflow), so a viewer stays read-only.
   */
  async comment(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    dto: CreateCommentDto,
  ): Promise<DraftCommentView> {
    if (!canCommentOnDraft(org.role)) throw ApiException.forbidden();
    const organizationId = org.organizationId;
    const draft = await this.store.findDraft(organizationId, id);
    const current = await this.store.findVersion(organizationId, id, draft.currentVersion);
    if (!current.sections.sections.some((s) => s.id === dto.sectionId)) {
      throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'sectionId', code: 'unknown' }]);
    }
    const saved = await this.comments.save(
      this.comments.create({
        organizationId,
        draftId: id,
        sectionId: dto.sectionId,
        version: draft.currentVersion,
        kind: 'comment',
        authorId: actor.id,
        body: dto.body,
      }),
    );
    return toCommentView({
      ...saved,
      author: { id: actor.id, displayName: actor.displayName } as DraftCommentEntity['author'],
    });
  }
}

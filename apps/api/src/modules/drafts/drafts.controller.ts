import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../common/auth/access.decorators';
import { exportStreamableFile as file } from '../../common/export/export-streamable-file';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type {
  Page,
  PageRequest,
  AiSuggestion,
  DraftCommentView,
  DraftDiff,
  DraftVersionSummary,
} from '@ipgn/contracts';
import { PageQuery } from '../../common/http/page-request.decorator';
import { ParseId } from '../../common/http/parse-id.pipe';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { DraftCommentsService } from './draft-comments.service';
import { DraftSectionsService } from './draft-sections.service';
import { DraftWorkflowService } from './draft-workflow.service';
import { DraftAiService } from './draft-ai.service';
import { DraftExportService } from './draft-export.service';
import { DraftsService } from './drafts.service';
import {
  AiRewriteDto,
  CreateCommentDto,
  CreateDraftDto,
  ExportQueryDto,
  RequestChangesDto,
  SaveSectionDto,
  SubmitForReviewDto,
} from './dto/drafts.dto';
import type { DraftDetail, DraftSummary } from '@ipgn/drafting';

@ApiTags('drafts')
@Controller('orgs/:orgId/drafts')
export class DraftsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly sections: DraftSectionsService,
    private readonly comments: DraftCommentsService,
    private readonly workflow: DraftWorkflowService,
    private readonly exports: DraftExportService,
    private readonly ai: DraftAiService,
  ) {}

  @Post()
  @RequirePermission('draft:edit')
  create(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateDraftDto,
  ): Promise<DraftDetail> {
    return this.drafts.create(org, user, dto);
  }

  @Get()
  @RequirePermission('draft:read')
  list(@CurrentOrganization() org: OrganizationContext, @PageQuery() page: PageRequest): Promise<Page<DraftSummary>> {
    return this.drafts.list(org, page);
  }

  @Get(':id')
  @RequirePermission('draft:read')
  get(@CurrentOrganization() org: OrganizationContext, @Param('id', ParseId) id: string): Promise<DraftDetail> {
    return this.drafts.get(org, id);
  }

  @Put(':id/sections/:sectionId')
  @RequirePermission('draft:edit')
  saveSection(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Param('sectionId') sectionId: string,
    @Body() dto: SaveSectionDto,
  ): Promise<DraftDetail> {
    return this.sections.saveSection(org, user, id, sectionId, dto);
  }

  @Get(':id/versions')
  @RequirePermission('draft:read')
  versions(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id', ParseId) id: string,
  ): Promise<DraftVersionSummary[]> {
    return this.sections.versions(org, id);
  }

  @Get(':id/versions/:a/diff/:b')
  @RequirePermission('draft:read')
  diff(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id', ParseId) id: string,
    @Param('a') a: string,
    @Param('b') b: string,
  ): Promise<DraftDiff> {
    return this.sections.diff(org, id, a, b);
  }

  /** Needs `draft:read` on the route and `draft:edit` or `draft:review` in the service (viewers stay read-only). */
  @Post(':id/comments')
  @RequirePermission('draft:read')
  comment(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Body() dto: CreateCommentDto,
  ): Promise<DraftCommentView> {
    return this.comments.comment(org, user, id, dto);
  }

  @Post(':id/submit-for-review')
  @HttpCode(200)
  @RequirePermission('draft:edit')
  submit(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Body() dto: SubmitForReviewDto,
  ): Promise<DraftDetail> {
    return this.workflow.submit(org, user, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('draft:review')
  approve(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<DraftDetail> {
    return this.workflow.approve(org, user, id);
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @RequirePermission('draft:review')
  requestChanges(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Body() dto: RequestChangesDto,
  ): Promise<DraftDetail> {
    return this.workflow.requestChanges(org, user, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission('draft:publish')
  publish(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<DraftDetail> {
    return this.workflow.publish(org, user, id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @RequirePermission('draft:publish')
  unpublish(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<DraftDetail> {
    return this.workflow.unpublish(org, user, id);
  }

  @Get(':id/export.docx')
  @RequirePermission('draft:read')
  async exportDocx(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id', ParseId) id: string,
    @Query() q: ExportQueryDto,
  ): Promise<StreamableFile> {
    return file(await this.exports.export(org, id, 'docx', q.version));
  }

  @Get(':id/export.pdf')
  @RequirePermission('draft:read')
  async exportPdf(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id', ParseId) id: string,
    @Query() q: ExportQueryDto,
  ): Promise<StreamableFile> {
    return file(await this.exports.export(org, id, 'pdf', q.version));
  }

  @Get(':id/export.md')
  @RequirePermission('draft:read')
  async exportMd(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id', ParseId) id: string,
    @Query() q: ExportQueryDto,
  ): Promise<StreamableFile> {
    return file(await this.exports.export(org, id, 'md', q.version));
  }

  /**
   * Optional: only when the operator configured AI_REWRITE_URL/AI_REWRITE_MODEL (404 `AI_DISABLED` otherwise); 429 over
   * the account's or the organization's LLM budget.
   */
  @Post(':id/sections/:sectionId/ai-rewrite')
  @HttpCode(200)
  @RequirePermission('draft:edit')
  aiRewrite(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Param('sectionId') sectionId: string,
    @Body() dto: AiRewriteDto,
  ): Promise<AiSuggestion> {
    return this.ai.rewrite(org, user, id, sectionId, dto);
  }
}

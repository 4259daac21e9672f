import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Public, RequirePermission } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import { type Page, type PageRequest, MAX_DISCLOSURE_UPLOAD_BYTES } from '@ipgn/contracts';
import { PageQuery } from '../../common/http/page-request.decorator';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { ParseId } from '../../common/http/parse-id.pipe';
import { CompareDisclosuresQueryDto } from './dto/compare-disclosures.dto';
import { CreateDisclosureDto, UploadDisclosureDto } from './dto/create-disclosure.dto';
import { ListDisclosuresQueryDto } from './dto/list-disclosures.dto';
import { DisclosuresService, type UploadedDisclosureFile } from './disclosures.service';
import { DisclosureSecondOpinionService } from './disclosure-second-opinion.service';
import type {
  SecondOpinion,
  DisclosureComparison,
  DisclosureRecord,
  DisclosureRubric,
  DisclosureSummary,
} from '@ipgn/disclosure-scoring';
import { SingleFileUpload } from '../../common/http/single-file-upload.interceptor';

/** A document to score: .txt, .docx or .pdf up to 5 MB, with a few short text fields. */
const DisclosureUpload = SingleFileUpload({
  maxBytes: MAX_DISCLOSURE_UPLOAD_BYTES,
  limitLabel: '5 MB',
  fields: 10,
  fieldSize: 4096,
});

@ApiTags('disclosures')
@Controller()
export class DisclosuresController {
  constructor(
    private readonly disclosures: DisclosuresService,
    private readonly secondOpinions: DisclosureSecondOpinionService,
  ) {}

  /** The rubric (criteria, levels, Value Co-creation Guidance headings) in both languages; no data of anyone. */
  @Get('disclosure-rubric')
  @Public()
  rubric(): DisclosureRubric {
    return this.disclosures.rubric();
  }

  @Post('orgs/:orgId/disclosures')
  @RequirePermission('disclosure:score')
  create(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateDisclosureDto,
  ): Promise<DisclosureRecord> {
    return this.disclosures.scoreText(org, user, dto);
  }

  @Post('orgs/:orgId/disclosures/upload')
  @RequirePermission('disclosure:score')
  @UseInterceptors(DisclosureUpload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'title', 'documentType'],
      properties: {
        file: { type: 'string', format: 'binary', description: '.txt, .docx or .pdf, at most 5 MB' },
        title: { type: 'string' },
        documentType: { type: 'string' },
        language: { type: 'string', enum: ['ja', 'en'] },
      },
    },
  })
  upload(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UploadDisclosureDto,
    @UploadedFile() file: UploadedDisclosureFile | undefined,
  ): Promise<DisclosureRecord> {
    return this.disclosures.scoreUpload(org, user, dto, file);
  }

  @Get('orgs/:orgId/disclosures')
  @RequirePermission('disclosure:read')
  list(
    @CurrentOrganization() org: OrganizationContext,
    @Query() query: ListDisclosuresQueryDto,
    @PageQuery() page: PageRequest,
  ): Promise<Page<DisclosureSummary>> {
    return this.disclosures.list(org, page, query.sort ?? 'newest');
  }

  @Get('orgs/:orgId/disclosures/:id')
  @RequirePermission('disclosure:read')
  get(@CurrentOrganization() org: OrganizationContext, @Param('id', ParseId) id: string): Promise<DisclosureRecord> {
    return this.disclosures.get(org, id);
  }

  @Get('orgs/:orgId/disclosures/:id/compare/:otherId')
  @RequirePermission('disclosure:read')
  compare(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id', ParseId) id: string,
    @Param('otherId', ParseId) otherId: string,
    @Query() query: CompareDisclosuresQueryDto,
  ): Promise<DisclosureComparison> {
    return this.disclosures.compare(org, id, otherId, query.order ?? 'document');
  }

  /**
   * An LLM's reading of the stored text against the rating rubric, beside the judgement; 404 SECOND_OPINION_DISABLED
   * unless configured; 429 over the account's or the organization's LLM budget.
   */
  @Post('orgs/:orgId/disclosures/:id/second-opinion')
  @HttpCode(200)
  @RequirePermission('disclosure:score')
  secondOpinion(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<SecondOpinion> {
    return this.secondOpinions.secondOpinion(org, user, id);
  }

  @Delete('orgs/:orgId/disclosures/:id')
  @HttpCode(204)
  @RequirePermission('disclosure:score')
  remove(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<void> {
    return this.disclosures.remove(org, user, id);
  }
}

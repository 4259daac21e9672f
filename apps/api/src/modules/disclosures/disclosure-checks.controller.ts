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
import type {
  DisclosureComparison,
  DisclosureRecord,
  DisclosureSummary,
  SecondOpinion,
} from '@ipgn/disclosure-scoring';
import { MAX_DISCLOSURE_UPLOAD_BYTES, type Page, type PageRequest } from '@ipgn/contracts';
import { SignedIn } from '../../common/auth/access.decorators';
import { CurrentUser } from '../../common/auth/current.decorators';
import { PageQuery } from '../../common/http/page-request.decorator';
import { ParseId } from '../../common/http/parse-id.pipe';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { SingleFileUpload } from '../../common/http/single-file-upload.interceptor';
import { DisclosureChecksService } from './disclosure-checks.service';
import { DisclosureSecondOpinionService } from './disclosure-second-opinion.service';
import { CreateDisclosureCheckDto, UploadDisclosureCheckDto } from './dto/create-disclosure-check.dto';
import { CompareDisclosuresQueryDto } from './dto/compare-disclosures.dto';
import { ListDisclosuresQueryDto } from './dto/list-disclosures.dto';
import type { UploadedDisclosureFile } from './disclosures.service';

/** The same caps as the organizations' upload: .txt, .docx or .pdf up to 5 MB, a few short text fields. */
const CheckUpload = SingleFileUpload({
  maxBytes: MAX_DISCLOSURE_UPLOAD_BYTES,
  limitLabel: '5 MB',
  fields: 10,
  fieldSize: 4096,
});

/**
 * An investor's own disclosure check and its personal history (investor accounts only: 403 `INVESTOR_ONLY`;
 * another user's id: 404). Judging is rate-limited per account (429 `TOO_MANY_REQUESTS` + `Retry-After`).
 */
@ApiTags('investor')
@Controller('me/disclosure-checks')
export class DisclosureChecksController {
  constructor(
    private readonly checks: DisclosureChecksService,
    private readonly secondOpinions: DisclosureSecondOpinionService,
  ) {}

  @Post()
  @SignedIn()
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateDisclosureCheckDto): Promise<DisclosureRecord> {
    return this.checks.checkText(user, dto);
  }

  @Post('upload')
  @SignedIn()
  @UseInterceptors(CheckUpload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'documentType'],
      properties: {
        file: { type: 'string', format: 'binary', description: '.txt, .docx or .pdf, at most 5 MB' },
        title: { type: 'string' },
        companyName: { type: 'string' },
        documentType: { type: 'string' },
        language: { type: 'string', enum: ['ja', 'en'] },
        submissionId: { type: 'string', format: 'uuid' },
      },
    },
  })
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UploadDisclosureCheckDto,
    @UploadedFile() file: UploadedDisclosureFile | undefined,
  ): Promise<DisclosureRecord> {
    return this.checks.checkUpload(user, dto, file);
  }

  @Get()
  @SignedIn()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListDisclosuresQueryDto,
    @PageQuery() page: PageRequest,
  ): Promise<Page<DisclosureSummary>> {
    return this.checks.list(user, page, query.sort ?? 'newest');
  }

  @Get(':id')
  @SignedIn()
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseId) id: string): Promise<DisclosureRecord> {
    return this.checks.get(user, id);
  }

  /** Two of the user's own checks side by side (the same answer as an organization's comparison). */
  @Get(':id/compare/:otherId')
  @SignedIn()
  compare(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Param('otherId', ParseId) otherId: string,
    @Query() query: CompareDisclosuresQueryDto,
  ): Promise<DisclosureComparison> {
    return this.checks.compare(user, id, otherId, query.order ?? 'document');
  }

  /**
   * An LLM's reading of the check's text against the rating rubric, beside the judgement (404
   * SECOND_OPINION_DISABLED unless the operator configured one; 429 over the account's LLM budget).
   */
  @Post(':id/second-opinion')
  @HttpCode(200)
  @SignedIn()
  secondOpinion(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseId) id: string): Promise<SecondOpinion> {
    return this.secondOpinions.onCheck(user, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @SignedIn()
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseId) id: string): Promise<void> {
    return this.checks.remove(user, id);
  }
}

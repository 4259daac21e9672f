import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  AssessmentResult,
  RoundComparison,
  AnswerView,
  AssessmentBankView,
  AssessmentDetail,
  AssessmentSummary,
  AssignmentView,
} from '@ipgn/assessment';
import { RequirePermission, SignedIn } from '../../common/auth/access.decorators';
import { exportStreamableFile } from '../../common/export/export-streamable-file';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import type { Page, PageRequest } from '@ipgn/contracts';
import { PageQuery } from '../../common/http/page-request.decorator';
import { ParseId } from '../../common/http/parse-id.pipe';
import { AssessmentExceptionFilter } from './assessment-exception.filter';
import { AssessmentExportService } from './assessment-export.service';
import { AssessmentsService } from './assessments.service';
import { AssessmentAnswersService } from './assessment-answers.service';
import { AssessmentLifecycleService } from './assessment-lifecycle.service';
import { AssignModuleDto, SaveAnswerDto, StartAssessmentDto } from './dto/assessments.dto';
import { BankQueryDto } from './dto/bank-query.dto';
import { ReviewAnswerDto } from './dto/review.dto';
import { AssessmentValidationService } from './assessment-validation.service';
import type { ValidationView } from '@ipgn/contracts';

@ApiTags('assessments')
@Controller()
@UseFilters(AssessmentExceptionFilter)
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly answers: AssessmentAnswersService,
    private readonly lifecycle: AssessmentLifecycleService,
    private readonly exports: AssessmentExportService,
    private readonly validation: AssessmentValidationService,
  ) {}

  @Get('assessment-bank')
  @SignedIn()
  bank(@Query() query: BankQueryDto): AssessmentBankView {
    return this.assessments.bank(query.track, query.version);
  }

  @Get('orgs/:orgId/assessments')
  @RequirePermission('assessment:read')
  list(
    @CurrentOrganization() org: OrganizationContext,
    @PageQuery() page: PageRequest,
  ): Promise<Page<AssessmentSummary>> {
    return this.assessments.list(org.organizationId, page);
  }

  @Post('orgs/:orgId/assessments')
  @RequirePermission('assessment:manage')
  start(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: StartAssessmentDto,
  ): Promise<AssessmentDetail> {
    return this.lifecycle.start(org, user, dto.track);
  }

  @Get('orgs/:orgId/assessments/:id')
  @RequirePermission('assessment:read')
  detail(@CurrentOrganization() org: OrganizationContext, @Param('id', ParseId) id: string): Promise<AssessmentDetail> {
    return this.assessments.detail(org.organizationId, id);
  }

  @Put('orgs/:orgId/assessments/:id/answers/:questionId')
  @RequirePermission('assessment:answer')
  saveAnswer(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Param('questionId') questionId: string,
    @Body() dto: SaveAnswerDto,
  ): Promise<AnswerView> {
    return this.answers.saveAnswer(org, user, id, questionId, dto);
  }

  @Put('orgs/:orgId/assessments/:id/assignments/:moduleId')
  @RequirePermission('assessment:manage')
  assign(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Param('moduleId') moduleId: string,
    @Body() dto: AssignModuleDto,
  ): Promise<AssignmentView[]> {
    return this.lifecycle.assign(org, user.id, id, moduleId, dto);
  }

  @Post('orgs/:orgId/assessments/:id/submit')
  @HttpCode(200)
  @RequirePermission('assessment:manage')
  submit(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<AssessmentDetail> {
    return this.lifecycle.submit(org, user.id, id);
  }

  @Post('orgs/:orgId/assessments/:id/request-validation')
  @HttpCode(200)
  @RequirePermission('assessment:manage')
  requestValidation(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<AssessmentDetail> {
    return this.validation.request(org, user.id, id);
  }

  @Put('orgs/:orgId/assessments/:id/reviews/:questionId')
  @RequirePermission('assessment:validate')
  review(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Param('questionId') questionId: string,
    @Body() dto: ReviewAnswerDto,
  ): Promise<ValidationView> {
    return this.validation.review(org, user, id, questionId, dto);
  }

  @Get('orgs/:orgId/assessments/:id/results')
  @RequirePermission('assessment:read')
  results(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id', ParseId) id: string,
  ): Promise<AssessmentResult> {
    return this.assessments.results(org.organizationId, id);
  }

  @Get('orgs/:orgId/assessments/:id/compare/:otherId')
  @RequirePermission('assessment:read')
  compare(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id', ParseId) id: string,
    @Param('otherId', ParseId) otherId: string,
  ): Promise<RoundComparison> {
    return this.assessments.compare(org.organizationId, id, otherId);
  }

  @Get('orgs/:orgId/assessments/:id/export.csv')
  @RequirePermission('assessment:read')
  async exportCsv(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.csv(org.organizationId, id, user.locale));
  }

  @Get('orgs/:orgId/assessments/:id/export.xlsx')
  @RequirePermission('assessment:read')
  async exportXlsx(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.xlsx(org.organizationId, id, user.locale));
  }

  @Get('orgs/:orgId/assessments/:id/export.pdf')
  @RequirePermission('assessment:read')
  async exportPdf(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.pdf(org.organizationId, id, user.locale));
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Sse, StreamableFile, UseFilters, UseGuards, type MessageEvent } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { exportStreamableFile } from '../../common/export/export-streamable-file';
import { Public, RequirePermission, SignedIn } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import { HeaderAuthenticated } from '../../common/auth/csrf.guard';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AssessmentExceptionFilter } from '../assessments/assessment-exception.filter';
import type {
  AdvisorClientView,
  AppliedToAssessmentView,
  JoinedView,
  ParticipantAnswerView,
  ParticipantWorkshopView,
  WorkshopView,
} from './dto/workshop-views';
import {
  AgreedAnswerDto,
  ApplyToAssessmentDto,
  CreateWorkshopDto,
  JoinAsMemberDto,
  JoinWorkshopDto,
  ParticipantAnswerDto,
  UpdateWorkshopDto,
  WorkshopStateDto,
} from './dto/workshops.dto';
import { JoinThrottlerGuard } from './join-throttler.guard';
import { WorkshopExportService } from './workshop-export.service';
import { CurrentParticipant, ParticipantRoute, type ParticipantContext } from './participant-token.guard';
import type { WorkshopResults } from './workshop-results';
import { WorkshopsService } from './workshops.service';

@ApiTags('workshops')
@Controller()
// Renders an invalid answer with the question-specific message, exactly as the assessment routes do.
@UseFilters(AssessmentExceptionFilter)
export class WorkshopsController {
  constructor(
    private readonly workshops: WorkshopsService,
    private readonly exports: WorkshopExportService,
  ) {}

  @Get('me/advisor-clients')
  @SignedIn()
  advisorClients(@CurrentUser() user: AuthenticatedUser): Promise<AdvisorClientView[]> {
    return this.workshops.advisorClients(user);
  }

  @Get('orgs/:orgId/workshops')
  @RequirePermission('assessment:read')
  list(@CurrentOrganization() org: OrganizationContext): Promise<WorkshopView[]> {
    return this.workshops.list(org.organizationId);
  }

  @Post('orgs/:orgId/workshops')
  @RequirePermission('workshop:run')
  create(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Body() dto: CreateWorkshopDto): Promise<WorkshopView> {
    return this.workshops.create(org, user, dto);
  }

  @Get('orgs/:orgId/workshops/:id')
  @RequirePermission('assessment:read')
  detail(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string): Promise<WorkshopView> {
    return this.workshops.detail(org.organizationId, id);
  }

  @Patch('orgs/:orgId/workshops/:id')
  @RequirePermission('workshop:run')
  update(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() dto: UpdateWorkshopDto): Promise<WorkshopView> {
    return this.workshops.update(org, user, id, dto);
  }

  @Delete('orgs/:orgId/workshops/:id')
  @HttpCode(204)
  @RequirePermission('workshop:run')
  remove(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<void> {
    return this.workshops.remove(org, user, id);
  }

  @Post('orgs/:orgId/workshops/:id/start')
  @HttpCode(200)
  @RequirePermission('workshop:run')
  start(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<WorkshopView> {
    return this.workshops.start(org, user, id);
  }

  @Post('orgs/:orgId/workshops/:id/close')
  @HttpCode(200)
  @RequirePermission('workshop:run')
  close(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<WorkshopView> {
    return this.workshops.close(org, user, id);
  }

  @Put('orgs/:orgId/workshops/:id/state')
  @RequirePermission('workshop:run')
  setState(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string, @Body() dto: WorkshopStateDto): Promise<WorkshopView> {
    return this.workshops.setState(org, id, dto);
  }

  @Get('orgs/:orgId/workshops/:id/results')
  @RequirePermission('assessment:read')
  results(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string): Promise<WorkshopResults> {
    return this.workshops.results(org.organizationId, id);
  }

  /** The report: aggregated numbers only, under the same rules as the results, so readable like them. */
  @Get('orgs/:orgId/workshops/:id/report.pdf')
  @RequirePermission('assessment:read')
  async reportPdf(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.reportPdf(org.organizationId, id, user.locale));
  }

  @Get('orgs/:orgId/workshops/:id/report.docx')
  @RequirePermission('assessment:read')
  async reportDocx(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.reportDocx(org.organizationId, id, user.locale));
  }

  /** Raw responses, row by row (names in a named workshop): for those who run workshops. */
  @Get('orgs/:orgId/workshops/:id/responses.csv')
  @RequirePermission('workshop:run')
  async responsesCsv(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.csv(org.organizationId, id, user.locale));
  }

  @Get('orgs/:orgId/workshops/:id/responses.xlsx')
  @RequirePermission('workshop:run')
  async responsesXlsx(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.xlsx(org.organizationId, id, user.locale));
  }

  @Sse('orgs/:orgId/workshops/:id/events')
  @RequirePermission('workshop:run')
  events(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string): Promise<Observable<MessageEvent>> {
    return this.workshops.facilitatorEvents(org.organizationId, id);
  }

  @Put('orgs/:orgId/workshops/:id/agreed/:questionId')
  @RequirePermission('workshop:run')
  setAgreed(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Param('questionId') questionId: string,
    @Body() dto: AgreedAnswerDto,
  ): Promise<WorkshopView> {
    return this.workshops.setAgreed(org, user, id, questionId, dto);
  }

  @Post('orgs/:orgId/workshops/:id/apply-to-assessment')
  @HttpCode(200)
  @RequirePermission('workshop:run')
  applyToAssessment(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() dto: ApplyToAssessmentDto,
  ): Promise<AppliedToAssessmentView> {
    return this.workshops.applyToAssessment(org, user, id, dto);
  }

  @Post('orgs/:orgId/workshops/:id/join-as-member')
  @RequirePermission('assessment:read')
  joinAsMember(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() dto: JoinAsMemberDto): Promise<JoinedView> {
    return this.workshops.joinAsMember(org, user, id, dto);
  }

  @Post('public/workshops/join')
  @Public()
  // No CSRF check: joining reads and sets no cookie (the phone sends none), and the token it hands out is in the
  // response body, which another site cannot read; a forged join gains nothing a direct call would not.
  @HeaderAuthenticated()
  @UseGuards(JoinThrottlerGuard)
  join(@Body() dto: JoinWorkshopDto): Promise<JoinedView> {
    return this.workshops.joinByCode(dto);
  }

  @Get('participant/workshop')
  @ParticipantRoute()
  participantWorkshop(@CurrentParticipant() participant: ParticipantContext): Promise<ParticipantWorkshopView> {
    return this.workshops.participantView(participant);
  }

  @Put('participant/answers/:questionId')
  @ParticipantRoute()
  participantAnswer(@CurrentParticipant() participant: ParticipantContext, @Param('questionId') questionId: string, @Body() dto: ParticipantAnswerDto): Promise<ParticipantAnswerView> {
    return this.workshops.participantAnswer(participant, questionId, dto);
  }

  @Sse('participant/events')
  @ParticipantRoute()
  participantEvents(@CurrentParticipant() participant: ParticipantContext): Promise<Observable<MessageEvent>> {
    return this.workshops.participantEvents(participant);
  }
}

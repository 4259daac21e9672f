import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Ip,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Sse,
  StreamableFile,
  UseFilters,
  type MessageEvent,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import type { WorkshopResults, WorkshopView } from '@ipgn/workshops';
import { RequirePermission } from '../../common/auth/access.decorators';
import { exportStreamableFile } from '../../common/export/export-streamable-file';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AssessmentExceptionFilter } from '../assessments/assessment-exception.filter';
import {
  AgreedAnswerDto,
  ApplyToAssessmentDto,
  CreateWorkshopDto,
  JoinAsMemberDto,
  UpdateWorkshopDto,
  WorkshopStateDto,
} from './dto/workshops.dto';
import { WorkshopAgreementService } from './workshop-agreement.service';
import { resumePoint } from './workshop-event-log';
import { WorkshopExportService } from './workshop-export.service';
import { WorkshopLiveService } from './workshop-live.service';
import { WorkshopParticipantsService } from './workshop-participants.service';
import { WorkshopsService } from './workshops.service';
import type { AppliedToAssessmentView, JoinedView } from '@ipgn/contracts';

@ApiTags('workshops')
@Controller()
// Renders an invalid answer with the question-specific message, exactly as the assessment routes do.
@UseFilters(AssessmentExceptionFilter)
export class WorkshopsController {
  constructor(
    private readonly workshops: WorkshopsService,
    private readonly live: WorkshopLiveService,
    private readonly agreement: WorkshopAgreementService,
    private readonly participants: WorkshopParticipantsService,
    private readonly exports: WorkshopExportService,
  ) {}

  @Get('orgs/:orgId/workshops')
  @RequirePermission('assessment:read')
  list(@CurrentOrganization() org: OrganizationContext): Promise<WorkshopView[]> {
    return this.workshops.list(org.organizationId);
  }

  @Post('orgs/:orgId/workshops')
  @RequirePermission('workshop:run')
  create(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateWorkshopDto,
  ): Promise<WorkshopView> {
    return this.workshops.create(org, user, dto);
  }

  @Get('orgs/:orgId/workshops/:id')
  @RequirePermission('assessment:read')
  detail(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string): Promise<WorkshopView> {
    return this.workshops.detail(org.organizationId, id);
  }

  @Patch('orgs/:orgId/workshops/:id')
  @RequirePermission('workshop:run')
  update(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() dto: UpdateWorkshopDto,
  ): Promise<WorkshopView> {
    return this.workshops.update(org, user, id, dto);
  }

  @Delete('orgs/:orgId/workshops/:id')
  @HttpCode(204)
  @RequirePermission('workshop:run')
  remove(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<void> {
    return this.workshops.remove(org, user, id);
  }

  @Post('orgs/:orgId/workshops/:id/start')
  @HttpCode(200)
  @RequirePermission('workshop:run')
  start(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<WorkshopView> {
    return this.live.start(org, user, id);
  }

  @Post('orgs/:orgId/workshops/:id/close')
  @HttpCode(200)
  @RequirePermission('workshop:run')
  close(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<WorkshopView> {
    return this.live.close(org, user, id);
  }

  /** Closed → live again, with a new join code; the same devices rejoin as the same participants. */
  @Post('orgs/:orgId/workshops/:id/reopen')
  @HttpCode(200)
  @RequirePermission('workshop:run')
  reopen(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<WorkshopView> {
    return this.live.reopen(org, user, id);
  }

  @Put('orgs/:orgId/workshops/:id/state')
  @RequirePermission('workshop:run')
  setState(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id') id: string,
    @Body() dto: WorkshopStateDto,
  ): Promise<WorkshopView> {
    return this.live.setState(org, id, dto);
  }

  @Get('orgs/:orgId/workshops/:id/results')
  @RequirePermission('assessment:read')
  results(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string): Promise<WorkshopResults> {
    return this.live.results(org.organizationId, id);
  }

  /** The report: aggregated numbers only, under the same rules as the results, so readable like them. */
  @Get('orgs/:orgId/workshops/:id/report.pdf')
  @RequirePermission('assessment:read')
  async reportPdf(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.reportPdf(org.organizationId, id, user.locale));
  }

  @Get('orgs/:orgId/workshops/:id/report.docx')
  @RequirePermission('assessment:read')
  async reportDocx(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.reportDocx(org.organizationId, id, user.locale));
  }

  /** Raw responses, row by row (names in a named workshop): for those who run workshops. */
  @Get('orgs/:orgId/workshops/:id/responses.csv')
  @RequirePermission('workshop:run')
  async responsesCsv(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.csv(org.organizationId, id, user.locale));
  }

  @Get('orgs/:orgId/workshops/:id/responses.xlsx')
  @RequirePermission('workshop:run')
  async responsesXlsx(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.exports.xlsx(org.organizationId, id, user.locale));
  }

  /**
   * Resumes after `Last-Event-ID` (sent by the browser's EventSource when it reconnects by itself) or after
   * `?lastEventId=` (the console reopening a stream: a new EventSource cannot set the header).
   */
  @Sse('orgs/:orgId/workshops/:id/events')
  @RequirePermission('workshop:run')
  events(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Ip() ip: string,
    @Headers('last-event-id') lastEventIdHeader?: unknown,
    @Query('lastEventId') lastEventIdQuery?: unknown,
  ): Promise<Observable<MessageEvent>> {
    return this.live.facilitatorEvents(org, user, id, ip, resumePoint(lastEventIdHeader, lastEventIdQuery));
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
    return this.agreement.setAgreed(org, user, id, questionId, dto);
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
    return this.agreement.applyToAssessment(org, user, id, dto);
  }

  @Post('orgs/:orgId/workshops/:id/join-as-member')
  @RequirePermission('assessment:read')
  joinAsMember(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() dto: JoinAsMemberDto,
  ): Promise<JoinedView> {
    return this.participants.joinAsMember(org, user, id, dto);
  }
}

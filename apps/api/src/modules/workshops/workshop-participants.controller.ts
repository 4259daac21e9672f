import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Ip,
  Param,
  Post,
  Put,
  Sse,
  UseFilters,
  type MessageEvent,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { Public } from '../../common/auth/access.decorators';
import { HeaderAuthenticated } from '../../common/auth/csrf.guard';
import { AssessmentExceptionFilter } from '../assessments/assessment-exception.filter';
import { JoinLookupDto, JoinWorkshopDto, ParticipantAnswerDto } from './dto/workshops.dto';
import { CurrentParticipant, ParticipantRoute, type ParticipantContext } from './participant-token.guard';
import { WorkshopParticipantsService } from './workshop-participants.service';
import type { JoinedView, WorkshopJoinInfoView } from '@ipgn/contracts';
import type { ParticipantAnswerView, ParticipantResultsView, ParticipantWorkshopView } from '@ipgn/workshops';

/** Routes for people in the room: joining by code (no account) and, with a participant token, taking part. */
@ApiTags('workshops')
@Controller()
// Renders an invalid answer with the question-specific message, exactly as the assessment routes do.
@UseFilters(AssessmentExceptionFilter)
export class WorkshopParticipantsController {
  constructor(private readonly participants: WorkshopParticipantsService) {}

  /**
   * What the join form shows for a code (the workshop's departments, anonymous or not), or 404 for a code that
   * opens nothing; a recently closed workshop says so. Limited like joining: failures per address only.
   */
  @Post('public/workshops/lookup')
  @HttpCode(200)
  @Public()
  @HeaderAuthenticated()
  lookup(@Body() dto: JoinLookupDto, @Ip() ip: string): Promise<WorkshopJoinInfoView> {
    return this.participants.joinInfo(dto.code, ip);
  }

  @Post('public/workshops/join')
  @Public()
  // No CSRF check: joining reads and sets no cookie (the phone sends none), and the token it hands out is in the
  // response body, which another site cannot read; a forged join gains nothing a direct call would not.
  // Limited per code (a room shares one address) and by failures per address: see JoinLimiter.
  @HeaderAuthenticated()
  join(@Body() dto: JoinWorkshopDto, @Ip() ip: string): Promise<JoinedView> {
    return this.participants.joinByCode(dto, ip);
  }

  @Get('participant/workshop')
  @ParticipantRoute()
  participantWorkshop(@CurrentParticipant() participant: ParticipantContext): Promise<ParticipantWorkshopView> {
    return this.participants.participantView(participant);
  }

  @Put('participant/answers/:questionId')
  @ParticipantRoute()
  participantAnswer(
    @CurrentParticipant() participant: ParticipantContext,
    @Param('questionId') questionId: string,
    @Body() dto: ParticipantAnswerDto,
  ): Promise<ParticipantAnswerView> {
    return this.participants.participantAnswer(participant, questionId, dto);
  }

  /** The current question's published results, while the facilitator shows results. */
  @Get('participant/results')
  @ParticipantRoute()
  participantResults(@CurrentParticipant() participant: ParticipantContext): Promise<ParticipantResultsView> {
    return this.participants.participantResults(participant);
  }

  /** Resumes after `Last-Event-ID` (the phone's stream reader sends the last id it saw). */
  @Sse('participant/events')
  @ParticipantRoute()
  participantEvents(
    @CurrentParticipant() participant: ParticipantContext,
    @Ip() ip: string,
    @Headers('last-event-id') lastEventId?: string,
  ): Promise<Observable<MessageEvent>> {
    return this.participants.participantEvents(participant, ip, lastEventId);
  }
}

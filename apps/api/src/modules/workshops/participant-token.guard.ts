import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  InternalServerErrorException,
  UseGuards,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { MoreThan, Repository } from 'typeorm';
import { Public } from '../../common/auth/access.decorators';
import { HeaderAuthenticated } from '../../common/auth/csrf.guard';
import { ApiException } from '../../common/errors/api-exception';
import type { WorkshopDepartment } from './workshop-departments';
import { WorkshopParticipantEntity } from './entities/workshop-participant.entity';

export const PARTICIPANT_TOKEN_HEADER = 'x-participant-token';
/** A participant token lives at most this long (and dies earlier when the workshop closes). */
export const PARTICIPANT_TOKEN_TTL_MS = 12 * 60 * 60 * 1000;

/** Who is calling a participant route: one participant of one workshop, nothing more. */
export interface ParticipantContext {
  participantId: string;
  organizationId: string;
  workshopId: string;
  department: WorkshopDepartment;
  /** The workshop's questions, fixed once it has started: an answer is checked against them without a query. */
  questionIds: readonly string[];
}

interface RequestWithParticipant {
  headers: Record<string, string | string[] | undefined>;
  participant?: ParticipantContext;
}

export function hashParticipantToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Authenticates a participant route by its `X-Participant-Token`: the token's SHA-256 must belong to a
 * participant whose token has not expired and whose workshop is not closed. 401 otherwise.
 */
@Injectable()
export class ParticipantTokenGuard implements CanActivate {
  constructor(
    @InjectRepository(WorkshopParticipantEntity) private readonly participants: Repository<WorkshopParticipantEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithParticipant>();
    const raw = req.headers[PARTICIPANT_TOKEN_HEADER];
    const token = typeof raw === 'string' ? raw.trim() : '';
    req.participant = await this.participantOf(token);
    return true;
  }

  /** The participant a token stands for (401 unless it is live): the guard's check, also for the demo seed's phones. */
  async participantOf(token: string): Promise<ParticipantContext> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new ApiException(401, 'PARTICIPANT_TOKEN_INVALID');
    const participant = await this.participants.findOne({
      where: { tokenHash: hashParticipantToken(token), expiresAt: MoreThan(new Date()) },
      relations: { workshop: true },
    });
    if (!participant || !participant.workshop || participant.workshop.status === 'closed') {
      throw new ApiException(401, 'PARTICIPANT_TOKEN_INVALID');
    }
    return {
      participantId: participant.id,
      organizationId: participant.organizationId,
      workshopId: participant.workshopId,
      department: participant.department,
      questionIds: participant.workshop.questionIds,
    };
  }
}

/**
 * A route for workshop participants: public for the session guard (no account needed), authenticated by the
 * participant token instead, and exempt from CSRF because no cookie is involved.
 */
export const ParticipantRoute = () =>
  applyDecorators(
    Public(),
    HeaderAuthenticated(),
    UseGuards(ParticipantTokenGuard),
    ApiHeader({ name: 'X-Participant-Token', required: true }),
  );

/** The calling participant; throws (500) on a route without ParticipantTokenGuard: a wiring bug must be loud. */
export const CurrentParticipant = createParamDecorator((_: unknown, ctx: ExecutionContext): ParticipantContext => {
  const participant = ctx.switchToHttp().getRequest<RequestWithParticipant>().participant;
  if (!participant)
    throw new InternalServerErrorException('CurrentParticipant used on a route without ParticipantTokenGuard');
  return participant;
});

import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { sampleAnswers, type MaturityLevel } from '@ipgn/assessment';
import { ParticipantTokenGuard, type ParticipantContext } from '../workshops/participant-token.guard';
import { WorkshopLiveService } from '../workshops/workshop-live.service';
import { WorkshopParticipantsService } from '../workshops/workshop-participants.service';
import { WorkshopsService } from '../workshops/workshops.service';
import { DEMO_ORGANIZATION, DEMO_WORKSHOP } from './demo-content';
import { actingWith, type DemoActor } from './demo-personas';

/** Where the seed's participants "join from": only a key for the per-address join limit, hashed there. */
const SEED_ADDRESS = 'demo-seed';

/**
 * The advisor's finished workshop: created and started by the advisor; three people from each department join
 * by code (as phones do) and answer each question as the advisor steps through them; closing freezes the figures.
 * The departments answer far apart, so the results show the perception gap the workshop is for.
 */
@Injectable()
export class DemoWorkshopStep {
  constructor(
    private readonly workshops: WorkshopsService,
    private readonly live: WorkshopLiveService,
    private readonly participants: WorkshopParticipantsService,
    private readonly tokens: ParticipantTokenGuard,
  ) {}

  async run(advisor: DemoActor): Promise<void> {
    const running = actingWith(advisor, 'workshop:run');
    const created = await this.workshops.create(running, advisor.user, {
      title: DEMO_WORKSHOP.title,
      modules: [...DEMO_WORKSHOP.modules],
      departments: [...DEMO_WORKSHOP.departments],
      anonymity: DEMO_WORKSHOP.anonymity,
      scheduledAt: new Date().toISOString(),
    });
    const started = await this.live.start(running, advisor.user, created.id);
    const code = started.joinCode;
    if (!code) throw new Error('demo seed: the started workshop has no join code');

    const people: { participant: ParticipantContext; level: MaturityLevel }[] = [];
    for (const department of DEMO_WORKSHOP.departments) {
      for (const level of DEMO_WORKSHOP.levels[department]) {
        const joined = await this.participants.joinByCode({ code, department }, SEED_ADDRESS);
        people.push({ participant: await this.tokens.participantOf(joined.participantToken), level });
      }
    }
    for (const [index, questionId] of created.questionIds.entries()) {
      await this.live.setState(running, created.id, { currentQuestionIndex: index });
      for (const { participant, level } of people) {
        const shift = DEMO_WORKSHOP.shifts[participant.department][index] ?? 0;
        const value = answerAt(clampLevel(level + shift))[questionId];
        if (value === undefined) continue;
        await this.participants.participantAnswer(participant, questionId, { value, clientRequestId: randomUUID() });
      }
    }
    await this.live.close(running, advisor.user, created.id);
  }
}

function clampLevel(n: number): MaturityLevel {
  return Math.min(4, Math.max(0, Math.round(n))) as MaturityLevel;
}

const byLevel = new Map<MaturityLevel, ReturnType<typeof sampleAnswers>>();
/** A person's answers at one maturity: the bank's sample answers at that level (valid for whatever it asks). */
function answerAt(level: MaturityLevel): ReturnType<typeof sampleAnswers> {
  let answers = byLevel.get(level);
  if (!answers) {
    answers = sampleAnswers('listed', level, {
      listingStatus: DEMO_ORGANIZATION.listingStatus,
      companySize: DEMO_ORGANIZATION.companySize,
    });
    byLevel.set(level, answers);
  }
  return answers;
}

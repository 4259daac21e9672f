import type request from 'supertest';
import type { DataSource } from 'typeorm';
import type { AnswerValue, Track } from '@ipgn/assessment';
import { AssessmentAnswerEntity } from '../../src/modules/assessments/entities/assessment-answer.entity';
import type { Client } from '../test-app';

/** Steps of an assessment round through the HTTP API, shared by the assessments integration specs. */
export const SME_PROFILE = { listingStatus: 'unlisted', companySize: 'sme' } as const;
export const LADDER_SME = 'sme-strengths.written-down';
export const LADDER_LISTED = 'm0.segment-portfolio-review';

export function put(c: Client, path: string, body: unknown): Promise<request.Response> {
  return c.send('put', path, body);
}

export async function start(c: Client, orgId: string, track: Track): Promise<string> {
  const res = await c.post(`/api/orgs/${orgId}/assessments`, { track });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

export async function answerAll(
  c: Client,
  orgId: string,
  id: string,
  answers: Record<string, AnswerValue>,
): Promise<void> {
  for (const [questionId, value] of Object.entries(answers)) {
    const res = await put(c, `/api/orgs/${orgId}/assessments/${id}/answers/${questionId}`, {
      value,
      expectedVersion: 0,
    });
    expect({ questionId, status: res.status }).toEqual({ questionId, status: 200 });
  }
}

/** The stored answer rows of a round, read straight from the database. */
export function storedAnswers(db: DataSource, assessmentId: string): Promise<AssessmentAnswerEntity[]> {
  return db.getRepository(AssessmentAnswerEntity).find({ where: { assessmentId } });
}

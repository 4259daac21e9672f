import type request from 'supertest';
import { fiscalYearOf } from '@ipgn/assessment';
import type { Client } from '../../../test/test-app';
import { useTestApp } from '../../../test/support/use-test-app';

const FORUM = 'm6.cross-functional';
const IP_HEAD = 'm6.ip-head-in-strategy';

interface Item {
  questionId: string;
  state: string;
  answerVersion: number;
  review: {
    decision: string;
    comment: string;
    answerVersion: number;
    reviewedBy: { userId: string } | null;
    decidedIn: { round: number; fiscalYear: number } | null;
  } | null;
}

function put(c: Client, path: string, body: unknown): Promise<request.Response> {
  return c.send('put', path, body);
}

describe('a new round carries the validation decisions of the answers it copies (HTTP, real database)', () => {
  const s = useTestApp();

  it('keeps a decision on an unchanged answer, marks a lapsed one for re-validation, and lets an edit lapse it', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    const rounds = `/api/orgs/${orgId}/assessments`;

    // Round 1: FORUM accepted as answered; IP_HEAD returned, then lowered to a level that needs no decision.
    const first = `${rounds}/${(await contributor.post(rounds, { track: 'listed' })).body.id as string}`;
    expect((await put(contributor, `${first}/answers/${FORUM}`, { value: 4, expectedVersion: 0 })).status).toBe(200);
    expect((await put(contributor, `${first}/answers/${IP_HEAD}`, { value: 3, expectedVersion: 0 })).status).toBe(200);
    expect((await contributor.post(`${first}/request-validation`)).status).toBe(200);
    const accepted = { decision: 'accepted', comment: '議事録で確認', answerVersion: 1 };
    expect((await put(reviewer, `${first}/reviews/${FORUM}`, accepted)).status).toBe(200);
    const returned = { decision: 'returned', comment: '規程の写しを添付してください', answerVersion: 1 };
    expect((await put(reviewer, `${first}/reviews/${IP_HEAD}`, returned)).status).toBe(200);
    expect((await put(contributor, `${first}/answers/${IP_HEAD}`, { value: 2, expectedVersion: 1 })).status).toBe(200);
    expect((await contributor.post(`${first}/submit`)).status).toBe(200);

    // Round 2 starts from round 1's answers.
    const started = await contributor.post(rounds, { track: 'listed' });
    expect(started.status).toBe(201);
    const second = `${rounds}/${started.body.id as string}`;
    const items = (body: { validation: { items: Item[] } }) =>
      new Map(body.validation.items.map((i) => [i.questionId, i]));

    // The accepted answer is unchanged: its decision still counts, with the reviewer and comment of round 1.
    const fresh = items(started.body);
    expect(fresh.get(FORUM)).toMatchObject({
      state: 'accepted',
      answerVersion: 1,
      review: {
        decision: 'accepted',
        comment: '議事録で確認',
        answerVersion: 1,
        reviewedBy: { userId: reviewer.user?.id },
      },
    });
    // IP_HEAD at level 2 needs no decision; raised again, it waits for review and shows the earlier (lapsed) return.
    expect(fresh.has(IP_HEAD)).toBe(false);
    expect((await put(contributor, `${second}/answers/${IP_HEAD}`, { value: 3, expectedVersion: 1 })).status).toBe(200);
    const raised = items((await contributor.get(second)).body);
    expect(raised.get(IP_HEAD)).toMatchObject({
      state: 'pending',
      review: { decision: 'returned', comment: '規程の写しを添付してください', answerVersion: 0 },
    });

    // Changing the carried answer makes its decision lapse: the answer needs re-validation.
    expect((await put(contributor, `${second}/answers/${FORUM}`, { value: 3, expectedVersion: 1 })).status).toBe(200);
    const changed = (await contributor.get(second)).body;
    expect(items(changed).get(FORUM)).toMatchObject({ state: 'pending', review: { decision: 'accepted' } });
    expect(changed.validation.counts).toEqual({ pending: 2, accepted: 0, returned: 0 });

    // Round 1 is untouched, and the start is audited with what came along.
    expect(items((await contributor.get(first)).body).get(FORUM)?.answerVersion).toBe(1);
    const audit = await owner.get(`/api/orgs/${orgId}/audit?limit=200`);
    const start = (audit.body.items as { action: string; target: string; data: Record<string, unknown> }[]).find(
      (e) => e.action === 'assessment.started' && e.target === started.body.id,
    );
    expect(start?.data).toMatchObject({ copiedAnswers: 2, carriedDecisions: 2 });
  });

  it('names the round and fiscal year a carried decision was made in, through later rounds, the export and a new decision', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    const rounds = `/api/orgs/${orgId}/assessments`;
    const first = `${rounds}/${(await owner.post(rounds, { track: 'listed' })).body.id as string}`;
    expect((await put(owner, `${first}/answers/${FORUM}`, { value: 4, expectedVersion: 0 })).status).toBe(200);
    expect((await owner.post(`${first}/request-validation`)).status).toBe(200);
    const ok = { decision: 'accepted', comment: '議事録で確認', answerVersion: 1 };
    const decided = await put(reviewer, `${first}/reviews/${FORUM}`, ok);
    expect(decided.status).toBe(200);
    expect((await owner.post(`${first}/submit`)).status).toBe(200);
    const item = (body: { validation: { items: Item[] } }) => body.validation.items.find((i) => i.questionId === FORUM);

    // Round 1's own decision names no origin; round 2 and round 3 (carried twice) both say round 1. The new
    // organization's fiscal year ends in March (the default).
    expect(item((await owner.get(first)).body)?.review?.decidedIn).toBeNull();
    const fiscalYear = fiscalYearOf(new Date(), 3);
    const second = await owner.post(rounds, { track: 'listed' });
    expect(item(second.body)).toMatchObject({ state: 'accepted', review: { decidedIn: { round: 1, fiscalYear } } });
    expect((await owner.post(`${rounds}/${second.body.id as string}/submit`)).status).toBe(200);
    const third = await owner.post(rounds, { track: 'listed' });
    const thirdPath = `${rounds}/${third.body.id as string}`;
    expect(item(third.body)).toMatchObject({ state: 'accepted', review: { decidedIn: { round: 1, fiscalYear } } });

    // The whole-round file keeps where the decision was made.
    const file = await owner.get(`${thirdPath}/transfer.json`);
    expect(file.status).toBe(200);
    const body = JSON.parse(file.text) as { decisions: Record<string, { decidedIn?: unknown }> };
    expect(body.decisions[FORUM]?.decidedIn).toEqual({ round: 1, fiscalYear });

    // A decision made again in round 3 is round 3's own: the origin goes.
    expect((await owner.post(`${thirdPath}/request-validation`)).status).toBe(200);
    expect((await put(reviewer, `${thirdPath}/reviews/${FORUM}`, ok)).status).toBe(200);
    expect(item((await owner.get(thirdPath)).body)?.review).toMatchObject({ decision: 'accepted', decidedIn: null });
  });

  it('carries nothing from another organization, and nothing when the earlier round had no decisions', async () => {
    const a = await s.ctx.newOrganization();
    const b = await s.ctx.newOrganization('他社株式会社');
    for (const { owner, orgId } of [a, b]) {
      const base = `/api/orgs/${orgId}/assessments`;
      const id = (await owner.post(base, { track: 'listed' })).body.id as string;
      expect((await put(owner, `${base}/${id}/answers/${FORUM}`, { value: 4, expectedVersion: 0 })).status).toBe(200);
      if (orgId === a.orgId) {
        const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
        expect((await owner.post(`${base}/${id}/request-validation`)).status).toBe(200);
        const ok = { decision: 'accepted', comment: '', answerVersion: 1 };
        expect((await put(reviewer, `${base}/${id}/reviews/${FORUM}`, ok)).status).toBe(200);
      }
      expect((await owner.post(`${base}/${id}/submit`)).status).toBe(200);
    }
    const nextB = await b.owner.post(`/api/orgs/${b.orgId}/assessments`, { track: 'listed' });
    expect(nextB.status).toBe(201);
    expect(nextB.body.validation.items).toEqual([
      expect.objectContaining({ questionId: FORUM, state: 'pending', review: null }),
    ]);
    const nextA = await a.owner.post(`/api/orgs/${a.orgId}/assessments`, { track: 'listed' });
    expect(nextA.body.validation.items).toEqual([expect.objectContaining({ questionId: FORUM, state: 'accepted' })]);
  });
});

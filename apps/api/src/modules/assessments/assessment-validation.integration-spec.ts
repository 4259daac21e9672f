import type request from 'supertest';
import type { Client } from '../../../test/test-app';
import { useTestApp } from '../../../test/support/use-test-app';

const HIGH = 'm6.cross-functional';
const OTHER_HIGH = 'm6.ip-head-in-strategy';
const LOW = 'm6.board-discussions';

function put(c: Client, path: string, body: unknown): Promise<request.Response> {
  return c.send('put', path, body);
}

describe('assessment validation step (HTTP, real database)', () => {
  const s = useTestApp();

  /** A listed round with two level-4 claims and one low answer, given by a contributor. */
  async function roundInDraft() {
    const { owner, orgId } = await s.ctx.newOrganization();
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    const started = await contributor.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' });
    expect(started.status).toBe(201);
    const id = started.body.id as string;
    const base = `/api/orgs/${orgId}/assessments/${id}`;
    for (const [q, value] of [
      [HIGH, 4],
      [OTHER_HIGH, 3],
      [LOW, 1],
    ] as const) {
      expect((await put(contributor, `${base}/answers/${q}`, { value, expectedVersion: 0 })).status).toBe(200);
    }
    return { owner, orgId, contributor, reviewer, id, base };
  }

  it('runs the cycle: ask for validation, return with a reason, fix, accept, submit; scores count only accepted claims', async () => {
    const { owner, orgId, contributor, reviewer, base } = await roundInDraft();

    const draft = await contributor.get(base);
    expect(draft.body.validation).toMatchObject({
      requested: false,
      counts: { pending: 2, accepted: 0, returned: 0 },
      complete: false,
    });
    expect(draft.body.validation.items.map((i: { questionId: string }) => i.questionId)).toEqual([HIGH, OTHER_HIGH]);
    const before = (await contributor.get(`${base}/results`)).body.byModule.find((m: { id: string }) => m.id === 'm6')
      .score as number;

    // Reviewing before the round is sent is refused; sending it freezes answers.
    expect((await put(reviewer, `${base}/reviews/${HIGH}`, { decision: 'accepted', answerVersion: 1 })).body.code).toBe(
      'ASSESSMENT_NOT_IN_REVIEW',
    );
    const sent = await contributor.post(`${base}/request-validation`);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'in_review', validation: { requested: true } });
    expect((await contributor.post(`${base}/request-validation`)).body.code).toBe('ASSESSMENT_NOT_DRAFT');
    const frozen = await put(contributor, `${base}/answers/${LOW}`, { value: 2, expectedVersion: 1 });
    expect([frozen.status, frozen.body.code]).toEqual([409, 'ANSWER_NOT_RETURNED']);
    // Pending claims do not count while the round is in review.
    const inReview = (await contributor.get(`${base}/results`)).body.byModule.find((m: { id: string }) => m.id === 'm6')
      .score as number;
    expect(inReview).toBeLessThan(before);

    // Four eyes: the contributor may not validate (no permission), nor may anyone validate their own answer.
    expect((await put(contributor, `${base}/reviews/${HIGH}`, { decision: 'accepted', answerVersion: 1 })).status).toBe(
      403,
    );
    const ownAnswer = await put(owner, `${base}/answers/${LOW}`, { value: 1, expectedVersion: 1 });
    expect(ownAnswer.status).toBe(409);
    // A low answer needs no decision; returning needs a reason; a stale version is refused.
    expect((await put(reviewer, `${base}/reviews/${LOW}`, { decision: 'accepted', answerVersion: 1 })).body.code).toBe(
      'REVIEW_NOT_REQUIRED',
    );
    const noReason = await put(reviewer, `${base}/reviews/${HIGH}`, {
      decision: 'returned',
      comment: '  ',
      answerVersion: 1,
    });
    expect([noReason.status, noReason.body.errors?.[0]?.field]).toEqual([400, 'comment']);
    expect((await put(reviewer, `${base}/reviews/${HIGH}`, { decision: 'accepted', answerVersion: 2 })).body.code).toBe(
      'REVIEW_STALE',
    );

    const returned = await put(reviewer, `${base}/reviews/${HIGH}`, {
      decision: 'returned',
      comment: '会議体の議事録を添付してください',
      answerVersion: 1,
    });
    expect(returned.status).toBe(200);
    expect(returned.body.counts).toEqual({ pending: 1, accepted: 0, returned: 1 });
    expect(
      (await put(reviewer, `${base}/reviews/${OTHER_HIGH}`, { decision: 'accepted', comment: '', answerVersion: 1 }))
        .status,
    ).toBe(200);
    expect((await contributor.post(`${base}/submit`)).body.code).toBe('VALIDATION_INCOMPLETE');

    // The contributor sees the reason and fixes the returned answer; the old decision lapses.
    const seen = await contributor.get(base);
    const item = seen.body.validation.items.find((i: { questionId: string }) => i.questionId === HIGH);
    expect(item).toMatchObject({
      state: 'returned',
      review: {
        decision: 'returned',
        comment: '会議体の議事録を添付してください',
        reviewedBy: { userId: reviewer.user?.id },
      },
    });
    expect((await put(contributor, `${base}/answers/${HIGH}`, { value: 3, expectedVersion: 1 })).status).toBe(200);
    const again = (await contributor.get(base)).body.validation;
    expect(again.items.find((i: { questionId: string }) => i.questionId === HIGH)).toMatchObject({
      state: 'pending',
      answerVersion: 2,
    });

    expect(
      (
        await put(reviewer, `${base}/reviews/${HIGH}`, {
          decision: 'accepted',
          comment: '議事録で確認',
          answerVersion: 2,
        })
      ).body.complete,
    ).toBe(true);
    const submitted = await contributor.post(`${base}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(
      (await put(reviewer, `${base}/reviews/${HIGH}`, { decision: 'returned', comment: 'x', answerVersion: 2 })).body
        .code,
    ).toBe('ASSESSMENT_NOT_IN_REVIEW');

    // Every decision is in the audit trail with its comment.
    const audit = await owner.get(`/api/orgs/${orgId}/audit?limit=200`);
    const actions = (audit.body.items as { action: string; data: { questionId?: string; comment?: string } }[]).filter(
      (e) => e.action.startsWith('assessment.answer-'),
    );
    expect(actions.map((e) => [e.action, e.data.questionId, e.data.comment]).sort()).toEqual(
      [
        ['assessment.answer-accepted', HIGH, '議事録で確認'],
        ['assessment.answer-accepted', OTHER_HIGH, ''],
        ['assessment.answer-returned', HIGH, '会議体の議事録を添付してください'],
      ].sort(),
    );
  });

  it('refuses a decision on an answer the reviewer gave, and keeps another organization out (404)', async () => {
    const { owner, orgId, base } = await roundInDraft();
    const ownClaim = await put(owner, `${base}/answers/${LOW}`, { value: 4, expectedVersion: 1 });
    expect(ownClaim.status).toBe(200);
    expect((await owner.post(`${base}/request-validation`)).status).toBe(200);
    const self = await put(owner, `${base}/reviews/${LOW}`, { decision: 'accepted', answerVersion: 2 });
    expect([self.status, self.body.code]).toEqual([403, 'SELF_REVIEW']);
    const other = await s.ctx.newOrganization('他社株式会社');
    expect(
      (
        await put(other.owner, `/api/orgs/${other.orgId}/assessments/${base.split('/').pop()}/reviews/${HIGH}`, {
          decision: 'accepted',
          answerVersion: 1,
        })
      ).status,
    ).toBe(404);
    expect((await put(other.owner, `${base}/reviews/${HIGH}`, { decision: 'accepted', answerVersion: 1 })).status).toBe(
      404,
    );
    expect(orgId).toBeDefined();
  });
});

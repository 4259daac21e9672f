import type request from 'supertest';
import type { Client } from '../../../test/test-app';
import { useTestApp } from '../../../test/support/use-test-app';

const HIGH = 'm6.cross-functional';
const RETURNED = 'm6.ip-head-in-strategy';

function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

describe('validation decisions in transfer files (HTTP, real database)', () => {
  const s = useTestApp();

  async function upload(client: Client, path: string, data: Buffer, name: string): Promise<request.Response> {
    const csrf = await client.refreshCsrf();
    return client.agent.post(path).set('x-csrf-token', csrf).attach('file', data, name);
  }

  it('exports who decided what and when, and imports it into next year’s round as history that validates nothing', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    const first = (await contributor.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' })).body.id as string;
    const base = `/api/orgs/${orgId}/assessments/${first}`;
    for (const q of [HIGH, RETURNED])
      expect((await contributor.send('put', `${base}/answers/${q}`, { value: 4, expectedVersion: 0 })).status).toBe(
        200,
      );
    expect((await contributor.post(`${base}/request-validation`)).status).toBe(200);
    expect(
      (
        await reviewer.send('put', `${base}/reviews/${HIGH}`, {
          decision: 'accepted',
          comment: '取締役会議事録で確認',
          answerVersion: 1,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await reviewer.send('put', `${base}/reviews/${RETURNED}`, {
          decision: 'returned',
          comment: '規程の写しを添付してください',
          answerVersion: 1,
        })
      ).status,
    ).toBe(200);
    // The contributor lowers the returned claim: the return decision lapses (it was on version 1).
    expect(
      (await contributor.send('put', `${base}/answers/${RETURNED}`, { value: 2, expectedVersion: 1 })).status,
    ).toBe(200);
    expect((await owner.post(`${base}/submit`)).status).toBe(200);

    const json = await binary(owner.agent.get(`${base}/transfer.json`));
    const file = JSON.parse((json.body as Buffer).toString('utf8'));
    expect(file.decisions[HIGH]).toEqual({
      decision: 'accepted',
      comment: '取締役会議事録で確認',
      reviewedBy: 'reviewer',
      reviewedAt: expect.any(String),
      current: true,
    });
    expect(file.decisions[RETURNED]).toMatchObject({ decision: 'returned', current: false });
    expect(Date.parse(file.decisions[HIGH].reviewedAt)).not.toBeNaN();
    expect(JSON.stringify(file)).not.toContain(String(reviewer.user?.id));

    // Next year: a new round (started from last year's answers, whose accepted claim is unchanged and still counts) …
    const started = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' });
    expect(started.body.validation.items).toEqual([
      expect.objectContaining({
        questionId: HIGH,
        state: 'accepted',
        review: expect.objectContaining({ answerVersion: 1 }),
      }),
    ]);
    const second = started.body.id as string;
    const next = `/api/orgs/${orgId}/assessments/${second}`;
    // … and last year's file imported into it.
    const xlsx = await binary(owner.agent.get(`${base}/transfer.xlsx`));
    const previewed = await upload(owner, `${next}/import/preview`, xlsx.body as Buffer, 'last-year.xlsx');
    expect(previewed.status).toBe(200);
    expect(previewed.body.payload.priorDecisions).toEqual(file.decisions);
    const imported = await upload(owner, `${next}/import`, json.body as Buffer, 'last-year.json');
    expect(imported.status).toBe(200);

    // Kept as read-only history beside the answers …
    const planning = await owner.get(`${next}/planning`);
    expect(planning.body.priorDecisions).toEqual(file.decisions);
    // … while nothing from the file counts as a decision of this round: the claim the file leaves unchanged keeps the
    // decision carried with the copied answer, and a claim the file changes waits for a reviewer again.
    const unchanged = (await owner.get(next)).body.validation;
    expect(unchanged.items).toEqual([
      expect.objectContaining({ questionId: HIGH, state: 'accepted', answerVersion: 1 }),
    ]);
    const changedFile = { ...file, answers: { ...file.answers, [HIGH]: 3 } };
    expect(
      (await upload(owner, `${next}/import`, Buffer.from(JSON.stringify(changedFile)), 'edited.json')).status,
    ).toBe(200);
    const detail = await owner.get(next);
    expect(detail.body.validation.items).toEqual([
      expect.objectContaining({
        questionId: HIGH,
        state: 'pending',
        answerVersion: 2,
        review: expect.objectContaining({ decision: 'accepted', answerVersion: 1 }),
      }),
    ]);
    // Saving targets or notes later keeps the history.
    expect((await owner.send('put', `${next}/planning`, { targets: { modules: { m6: 3 } } })).status).toBe(200);
    expect((await owner.get(`${next}/planning`)).body.priorDecisions).toEqual(file.decisions);
    // A file with a broken decision still imports; the decision is listed as not importable and not kept.
    const bad = {
      ...file,
      decisions: { ...file.decisions, [HIGH]: { ...file.decisions[HIGH], decision: 'approved' } },
    };
    const third = await upload(owner, `${next}/import/preview`, Buffer.from(JSON.stringify(bad)), 'bad.json');
    expect(third.status).toBe(200);
    expect(third.body.notImportable).toContainEqual({ part: 'decision', id: HIGH, reason: 'invalid-decision' });
    expect(Object.keys(third.body.payload.priorDecisions)).toEqual([RETURNED]);
  });
});

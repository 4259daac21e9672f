import { WEAK_JA, STRONG_JA, upload, useDisclosureSuite } from '../../../test/support/disclosure-steps';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';

describe('disclosures: history, roles, deletion, other organizations, session and CSRF (HTTP, real database)', () => {
  const suite = useDisclosureSuite();

  it('lists the history newest first, without the text', async () => {
    const { owner: o2, orgId: org2 } = await suite.s.ctx.newOrganization('履歴株式会社');
    const titles = ['first', 'second', 'third'];
    for (const title of titles) {
      const res = await o2.post(`/api/orgs/${org2}/disclosures`, { title, documentType: 'other', text: WEAK_JA });
      expect(res.status).toBe(201);
    }
    const res = await o2.get(`/api/orgs/${org2}/disclosures`);
    expect(res.status).toBe(200);
    const list = res.body.items as DisclosureSummary[];
    expect(list.map((d) => d.title)).toEqual(['third', 'second', 'first']);
    for (const d of list) {
      expect(d).not.toHaveProperty('text');
      expect(d).not.toHaveProperty('result');
      expect(d.createdBy?.displayName).toBe('オーナー');
    }
  });

  it('lets a viewer read but not score or delete (403), and a contributor score', async () => {
    const record = await suite.paste(WEAK_JA);
    const viewer = await suite.s.ctx.newMember(suite.owner, suite.orgId, 'viewer');
    const before = await suite.countRows();
    expect((await viewer.get(suite.base())).status).toBe(200);
    expect((await viewer.get(`${suite.base()}/${record.id}`)).status).toBe(200);
    const denied = await viewer.post(suite.base(), { title: 't', documentType: 'other', text: WEAK_JA });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    expect(
      (
        await upload(
          viewer,
          suite.orgId,
          { data: Buffer.from(WEAK_JA), name: 'a.txt' },
          { title: 't', documentType: 'other' },
        )
      ).status,
    ).toBe(403);
    expect((await viewer.delete(`${suite.base()}/${record.id}`)).status).toBe(403);
    expect(await suite.countRows()).toBe(before);

    const contributor = await suite.s.ctx.newMember(suite.owner, suite.orgId, 'contributor');
    expect((await contributor.post(suite.base(), { title: 't', documentType: 'other', text: WEAK_JA })).status).toBe(
      201,
    );
  });

  it('deletes a record (and records it in the audit trail)', async () => {
    const record = await suite.paste(WEAK_JA, { title: '削除する版' });
    expect((await suite.owner.delete(`${suite.base()}/${record.id}`)).status).toBe(204);
    expect((await suite.owner.get(`${suite.base()}/${record.id}`)).status).toBe(404);
    expect((await suite.owner.delete(`${suite.base()}/${record.id}`)).status).toBe(404);
    const audit = await suite.owner.get(`/api/orgs/${suite.orgId}/audit`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'disclosure.deleted', target: '削除する版' })]),
    );
  });

  it('answers exactly 404 to another organization on every endpoint, and changes nothing', async () => {
    const mine = await suite.paste(WEAK_JA);
    const other = await suite.paste(STRONG_JA);
    const { owner: intruder, orgId: theirOrg } = await suite.s.ctx.newOrganization('よその株式会社');
    const before = await suite.countRows();
    // Through our organization id: not a member → 404.
    const viaOurs = [
      await intruder.get(suite.base()),
      await intruder.get(`${suite.base()}/${mine.id}`),
      await intruder.get(`${suite.base()}/${mine.id}/compare/${other.id}`),
      await intruder.post(suite.base(), { title: 't', documentType: 'other', text: WEAK_JA }),
      await upload(
        intruder,
        suite.orgId,
        { data: Buffer.from(WEAK_JA), name: 'a.txt' },
        { title: 't', documentType: 'other' },
      ),
      await intruder.delete(`${suite.base()}/${mine.id}`),
    ];
    // Through their own organization id with our record ids: the record does not exist for them → 404.
    const theirs = `/api/orgs/${theirOrg}/disclosures`;
    const own = await intruder.post(theirs, { title: 'own', documentType: 'other', text: WEAK_JA });
    expect(own.status).toBe(201);
    const viaTheirs = [
      await intruder.get(`${theirs}/${mine.id}`),
      await intruder.get(`${theirs}/${mine.id}/compare/${other.id}`),
      await intruder.get(`${theirs}/${own.body.id}/compare/${mine.id}`),
      await intruder.get(`${theirs}/${mine.id}/compare/${own.body.id}`),
      await intruder.delete(`${theirs}/${mine.id}`),
      await intruder.get(`${theirs}/not-a-uuid`),
    ];
    for (const res of [...viaOurs, ...viaTheirs]) {
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
    const list = await intruder.get(theirs);
    expect(list.body.items.map((d: DisclosureSummary) => d.id)).toEqual([own.body.id]);
    expect(await suite.countRows()).toBe(before);
    expect((await suite.owner.get(`${suite.base()}/${mine.id}`)).status).toBe(200);
  });

  it('needs a session and a CSRF token', async () => {
    const anon = suite.s.ctx.client();
    expect((await anon.get(suite.base())).status).toBe(401);
    const noCsrf = await suite.owner.agent
      .post(suite.base())
      .send({ title: 't', documentType: 'other', text: WEAK_JA });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.code).toBe('CSRF_INVALID');
  });
});

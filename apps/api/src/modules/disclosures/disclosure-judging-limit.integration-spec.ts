import { randomUUID } from 'node:crypto';
import { zipBombDocx } from '../../../test/hostile-files';
import { expectTooManyRequests } from '../../../test/support/expect-too-many-requests';
import { WEAK_JA, upload } from '../../../test/support/disclosure-steps';
import { useTestApp } from '../../../test/support/use-test-app';
import type { Client } from '../../../test/test-app';
import { DisclosureCheckEntity } from './entities/disclosure-check.entity';
import { DisclosureScoreEntity } from './entities/disclosure-score.entity';

const LIMIT = 3;
const WINDOW_MS = 600_000;

/** Saved judgements of an organization, and the audit events that record them. */
const text = (i: number | string) => ({ title: `開示 ${i}`, documentType: 'cg_report', text: `${WEAK_JA}${i}` });
const txt = (i: number | string) => ({ data: Buffer.from(`${WEAK_JA}${i}`, 'utf8'), name: `disclosure-${i}.txt` });
/** Declares 100 MB inside a 5 MB-cap upload: when read, 413 DOCUMENT_LIMIT_EXCEEDED before anything is inflated. */
const bomb = () => ({ data: zipBombDocx(100), name: 'bomb.docx' });
const meta = { title: 'upload', documentType: 'cg_report' };

describe('the judging budget: one per account across the organizations’ paste and upload and the investors’ checks (HTTP, real database)', () => {
  const s = useTestApp({ JUDGE_ACCOUNT_LIMIT: String(LIMIT), JUDGE_LIMIT_WINDOW_MS: String(WINDOW_MS) });
  const scored = (organizationId: string) => s.t.db.getRepository(DisclosureScoreEntity).countBy({ organizationId });
  const audited = async (organizationId: string) =>
    Number(
      (
        (await s.t.db.query(
          `SELECT count(*) AS n FROM audit_events WHERE organization_id = $1 AND action = 'disclosure.scored'`,
          [organizationId],
        )) as { n: string }[]
      )[0].n,
    );
  const checks = (userId: string) => s.t.db.getRepository(DisclosureCheckEntity).countBy({ userId });
  const paste = (client: Client, orgId: string, i: number | string) =>
    client.post(`/api/orgs/${orgId}/disclosures`, text(i));

  it('refuses the account’s next text with 429 + Retry-After and writes nothing; a colleague and another organization judge on', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const colleague = await s.ctx.newMember(owner, orgId, 'contributor');
    for (let i = 0; i < LIMIT; i++) expect((await paste(owner, orgId, i)).status).toBe(201);

    expectTooManyRequests(await paste(owner, orgId, 'over'), WINDOW_MS);
    expectTooManyRequests(await upload(owner, orgId, txt('over'), meta), WINDOW_MS);
    expect(await scored(orgId)).toBe(LIMIT);
    expect(await audited(orgId)).toBe(LIMIT);

    // Per account: the same organization's other member, and another organization, are not limited by it.
    expect((await paste(colleague, orgId, 'colleague')).status).toBe(201);
    const other = await s.ctx.newOrganization();
    expect((await paste(other.owner, other.orgId, 'other')).status).toBe(201);
    expect(await scored(orgId)).toBe(LIMIT + 1);
  });

  it('is one budget whichever route and organization the account judges through, and refuses an upload before reading it', async () => {
    // An outside advisor: owner of their own organization and advisor in a client's.
    const own = await s.ctx.newOrganization('アドバイザー事務所');
    const client = await s.ctx.newOrganization('顧客株式会社');
    const email = own.owner.user?.email ?? '';
    const invitation = await client.owner.post(`/api/orgs/${client.orgId}/invitations`, { email, role: 'advisor' });
    expect(invitation.status).toBe(201);
    const token = String(invitation.body.acceptUrl).split('/invitations/')[1];
    expect((await own.owner.post(`/api/invitations/${token}/accept`)).status).toBe(200);
    const advisor = own.owner;

    expect((await paste(advisor, own.orgId, 1)).status).toBe(201);
    expect((await upload(advisor, client.orgId, txt(2), meta)).status).toBe(201);
    // A document that fails once read is judging work done: it is counted too.
    const read = await upload(advisor, client.orgId, bomb(), meta);
    expect(read.status).toBe(413);
    expect(read.body.code).toBe('DOCUMENT_LIMIT_EXCEEDED');

    // Over the budget, the same document is refused before it is read: 429, not 413.
    expectTooManyRequests(await upload(advisor, own.orgId, bomb(), meta), WINDOW_MS);
    expectTooManyRequests(await paste(advisor, own.orgId, 4), WINDOW_MS);
    expectTooManyRequests(await paste(advisor, client.orgId, 5), WINDOW_MS);
    expect(await scored(own.orgId)).toBe(1);
    expect(await scored(client.orgId)).toBe(1);
  });

  it('answers bad input with its own 4xx first, without spending the budget, also once the budget is spent', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const bad = async () => {
      const started = Date.now();
      const answers = [
        await owner.post(`/api/orgs/${orgId}/disclosures`, { title: 'x', documentType: 'cg_report' }),
        await owner.post(`/api/orgs/${orgId}/disclosures`, { ...text('x'), documentType: 'novel' }),
        await upload(owner, orgId, null, meta),
        await upload(owner, orgId, { data: Buffer.from('MZ'), name: 'tool.exe' }, meta),
        await upload(owner, orgId, { data: Buffer.alloc(0), name: 'empty.txt' }, meta),
      ];
      expect(answers.map((r) => [r.status, r.body.code])).toEqual([
        [400, 'VALIDATION_FAILED'],
        [400, 'VALIDATION_FAILED'],
        [400, 'FILE_REQUIRED'],
        [400, 'DOCUMENT_UNSUPPORTED'],
        [400, 'DOCUMENT_EMPTY'],
      ]);
      // Nothing was read or judged: five answers in well under the time one judgement may take.
      expect(Date.now() - started).toBeLessThan(10_000);
    };
    await bad();
    await bad();
    for (let i = 0; i < LIMIT; i++) expect((await paste(owner, orgId, i)).status).toBe(201);
    expectTooManyRequests(await paste(owner, orgId, 'over'), WINDOW_MS);
    await bad();
    expect(await scored(orgId)).toBe(LIMIT);
  });

  it('limits an investor’s own checks, pasted and uploaded, with the same budget; a resent form is answered without counting', async () => {
    const investor = await s.ctx.newInvestor();
    const userId = investor.user?.id ?? '';
    const submissionId = randomUUID();
    const first = await investor.post('/api/me/disclosure-checks', {
      documentType: 'other',
      text: WEAK_JA,
      submissionId,
    });
    expect(first.status).toBe(201);
    expect(
      (await investor.post('/api/me/disclosure-checks', { documentType: 'other', text: `${WEAK_JA}2` })).status,
    ).toBe(201);
    const csrf = await investor.refreshCsrf();
    const uploadCheck = (file: { data: Buffer; name: string }) =>
      investor.agent
        .post('/api/me/disclosure-checks/upload')
        .set('x-csrf-token', csrf)
        .field('documentType', 'other')
        .attach('file', file.data, file.name);
    expect((await uploadCheck(txt(3))).status).toBe(201);

    expectTooManyRequests(await uploadCheck(bomb()), WINDOW_MS);
    expectTooManyRequests(
      await investor.post('/api/me/disclosure-checks', { documentType: 'other', text: `${WEAK_JA}4` }),
      WINDOW_MS,
    );
    // The form sent before, sent again: its record, not a new judgement.
    const again = await investor.post('/api/me/disclosure-checks', {
      documentType: 'other',
      text: WEAK_JA,
      submissionId,
    });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await checks(userId)).toBe(LIMIT);
  });
});

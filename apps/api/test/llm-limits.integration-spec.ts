import { randomUUID } from 'node:crypto';
import { MAX_SECOND_OPINION_CHARS } from '@ipgn/disclosure-scoring';
import { WEAK_JA } from './support/disclosure-steps';
import { expectTooManyRequests } from './support/expect-too-many-requests';
import { chatAnswer, startFakeLlm, type FakeLlm } from './support/fake-llm';
import { useTestApp } from './support/use-test-app';
import type { Client } from './test-app';

const PER_ACCOUNT = 2;
const PER_ORGANIZATION = 3;
const WINDOW_MS = 3_600_000;
/** A second opinion the parser accepts (its quote is in WEAK_JA); the AI rewrite takes any text as its suggestion. */
const ANSWER = JSON.stringify({
  label: 'weak',
  features: { business: { present: false, quotes: [] }, value: { present: true, quotes: ['知的財産'] } },
  reason: '仕組みがありません。',
});

/** A scored disclosure and a draft of the organization: the two things an LLM is asked about. */
async function subjectsOf(client: Client, orgId: string, text = WEAK_JA) {
  const scored = await client.post(`/api/orgs/${orgId}/disclosures`, { title: 't', documentType: 'other', text });
  expect(scored.status).toBe(201);
  const draft = await client.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
  expect(draft.status).toBe(201);
  return {
    secondOpinion: (as: Client = client) =>
      as.post(`/api/orgs/${orgId}/disclosures/${String(scored.body.id)}/second-opinion`, {}),
    rewrite: (as: Client = client, section = 'sp-4-2-2') =>
      as.post(`/api/orgs/${orgId}/drafts/${String(draft.body.id)}/sections/${section}/ai-rewrite`, {}),
  };
}

describe('LLM requests: a tighter budget per account and per organization, shared by the second opinion and the AI rewrite (HTTP, real database)', () => {
  let llm: FakeLlm;
  beforeAll(async () => {
    llm = await startFakeLlm(() => chatAnswer(ANSWER));
  });
  afterAll(() => llm.close());
  const limits = {
    AI_ACCOUNT_LIMIT: String(PER_ACCOUNT),
    AI_ORGANIZATION_LIMIT: String(PER_ORGANIZATION),
    AI_LIMIT_WINDOW_MS: String(WINDOW_MS),
  };

  describe('with an endpoint configured', () => {
    const s = useTestApp(() => ({ ...limits, AI_REWRITE_URL: llm.url, AI_REWRITE_MODEL: 'test-model' }));

    it('refuses the account’s next request with 429 + Retry-After before anything is sent, on either route', async () => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const ask = await subjectsOf(owner, orgId);
      const before = llm.received.length;
      expect((await ask.secondOpinion()).status).toBe(200);
      expect((await ask.rewrite()).status).toBe(200);
      expect(llm.received.length).toBe(before + PER_ACCOUNT);

      expectTooManyRequests(await ask.secondOpinion(), WINDOW_MS);
      expectTooManyRequests(await ask.rewrite(), WINDOW_MS);
      expect(llm.received.length).toBe(before + PER_ACCOUNT);
      // A budget of its own: judging goes on.
      expect(
        (await owner.post(`/api/orgs/${orgId}/disclosures`, { title: 't', documentType: 'other', text: WEAK_JA }))
          .status,
      ).toBe(201);
    });

    it('holds the organization’s members together to its budget, and no other organization', async () => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const colleague = await s.ctx.newMember(owner, orgId, 'contributor');
      const third = await s.ctx.newMember(owner, orgId, 'admin');
      const ask = await subjectsOf(owner, orgId);
      const before = llm.received.length;
      expect((await ask.secondOpinion(owner)).status).toBe(200);
      expect((await ask.rewrite(owner)).status).toBe(200);
      expect((await ask.secondOpinion(colleague)).status).toBe(200);
      // The organization's third request was its last: a colleague within their own budget is refused for it.
      expectTooManyRequests(await ask.rewrite(colleague), WINDOW_MS);
      expectTooManyRequests(await ask.secondOpinion(third), WINDOW_MS);
      expect(llm.received.length).toBe(before + PER_ORGANIZATION);

      const other = await s.ctx.newOrganization();
      expect((await (await subjectsOf(other.owner, other.orgId)).secondOpinion()).status).toBe(200);
    });

    it('answers what it would never send with its own 4xx first, spending nothing, also once the budget is spent', async () => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const ask = await subjectsOf(owner, orgId);
      const long = await subjectsOf(owner, orgId, `${WEAK_JA}\n`.repeat(Math.ceil(MAX_SECOND_OPINION_CHARS / 30)));
      const other = await s.ctx.newOrganization();
      const foreign = await other.owner.post(`/api/orgs/${other.orgId}/disclosures`, {
        title: 't',
        documentType: 'other',
        text: WEAK_JA,
      });
      const refusals = async () => {
        const answers = [
          await long.secondOpinion(),
          await owner.post(`/api/orgs/${orgId}/disclosures/${randomUUID()}/second-opinion`, {}),
          await owner.post(`/api/orgs/${orgId}/disclosures/${String(foreign.body.id)}/second-opinion`, {}),
          await ask.rewrite(owner, 'no-such-section'),
        ];
        expect(answers.map((r) => [r.status, r.body.code])).toEqual([
          [413, 'SECOND_OPINION_TEXT_TOO_LONG'],
          [404, 'NOT_FOUND'],
          [404, 'NOT_FOUND'],
          [404, 'NOT_FOUND'],
        ]);
      };
      const before = llm.received.length;
      await refusals();
      await refusals();
      expect((await ask.secondOpinion()).status).toBe(200);
      expect((await ask.rewrite()).status).toBe(200);
      expectTooManyRequests(await ask.secondOpinion(), WINDOW_MS);
      await refusals();
      expect(llm.received.length).toBe(before + PER_ACCOUNT);
    });
  });

  describe('without an endpoint (the default)', () => {
    const s = useTestApp(limits);

    it('answers 404 however often, and never 429: nothing is asked, so nothing is counted', async () => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const ask = await subjectsOf(owner, orgId);
      for (let i = 0; i <= PER_ORGANIZATION; i++) {
        const [opinion, rewrite] = [await ask.secondOpinion(), await ask.rewrite()];
        expect([opinion.status, opinion.body.code, rewrite.status, rewrite.body.code]).toEqual([
          404,
          'SECOND_OPINION_DISABLED',
          404,
          'AI_DISABLED',
        ]);
      }
    });
  });
});

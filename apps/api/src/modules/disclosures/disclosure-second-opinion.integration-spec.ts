import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useTestApp } from '../../../test/support/use-test-app';

interface Sent {
  authorization: string | undefined;
  body: { model: string; messages: { role: string; content: string }[] };
}
type Mode = 'ok' | 'slow' | 'bad-json' | 'not-json-body' | 'error';

// Our own passage about an invented business.
const TEXT =
  '当社は、業務用空調事業の省エネ制御技術について、基本特許をライセンス供与して業界の標準規格とし、ライセンス収入を得ています。';
const OPINION = {
  label: 'strong',
  features: {
    business: { present: true, quotes: ['業務用空調事業'] },
    mechanism: { present: true, quotes: ['基本特許をライセンス供与して業界の標準規格とし'] },
    value: { present: true, quotes: ['ライセンス収入'] },
    // Not in the text: must be dropped, and KPI not credited.
    kpi: { present: true, quotes: ['営業利益率を20%に高める'] },
  },
  reason: '事業・仕組み・成果がつながっています。',
};

/** A local OpenAI-compatible endpoint whose behaviour each test chooses. */
async function fakeLlm(): Promise<{ server: Server; url: string; sent: Sent[]; mode: { current: Mode } }> {
  const sent: Sent[] = [];
  const mode = { current: 'ok' as Mode };
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      sent.push({
        authorization: req.headers.authorization,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Sent['body'],
      });
      const reply = (content: string) =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
      if (mode.current === 'ok') reply('```json\n' + JSON.stringify(OPINION) + '\n```');
      else if (mode.current === 'bad-json') reply('{"label": "strong", "features": ');
      else if (mode.current === 'not-json-body')
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy error</html>');
      else if (mode.current === 'error') res.writeHead(500).end('boom');
      else setTimeout(() => reply(JSON.stringify(OPINION)), 2_000);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`, sent, mode };
}

describe('LLM second opinion on a scored disclosure (optional, operator-configured)', () => {
  let llm: Awaited<ReturnType<typeof fakeLlm>>;
  beforeAll(async () => {
    llm = await fakeLlm();
  });
  afterAll(() => new Promise<void>((resolve) => llm.server.close(() => resolve())));

  describe('without configuration (the default)', () => {
    const s = useTestApp();

    it('says it is off, answers 404 SECOND_OPINION_DISABLED and sends nothing anywhere', async () => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const created = await owner.post(`/api/orgs/${orgId}/disclosures`, {
        title: 'x',
        documentType: 'other',
        text: TEXT,
      });
      expect(created.body.secondOpinionEnabled).toBe(false);
      const before = llm.sent.length;
      const res = await owner.post(`/api/orgs/${orgId}/disclosures/${created.body.id}/second-opinion`, {});
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SECOND_OPINION_DISABLED');
      expect(llm.sent.length).toBe(before);
    });

    it("is off on an investor's own check too: 404 SECOND_OPINION_DISABLED, nothing sent", async () => {
      const investor = await s.ctx.newInvestor();
      const check = await investor.post('/api/me/disclosure-checks', { documentType: 'other', text: TEXT });
      expect(check.status).toBe(201);
      expect(check.body.secondOpinionEnabled).toBe(false);
      const before = llm.sent.length;
      const res = await investor.post(`/api/me/disclosure-checks/${check.body.id}/second-opinion`, {});
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SECOND_OPINION_DISABLED');
      expect(llm.sent.length).toBe(before);
    });
  });

  describe('with AI_REWRITE_URL and AI_REWRITE_MODEL', () => {
    const s = useTestApp(() => ({
      AI_REWRITE_URL: llm.url,
      AI_REWRITE_MODEL: 'test-model',
      AI_REWRITE_API_KEY: 'sk-test',
      AI_SECOND_OPINION_TIMEOUT_MS: '300',
    }));
    afterEach(() => {
      llm.mode.current = 'ok';
    });

    it('returns the labelled opinion beside the stored judgement, keeps only verbatim quotes and saves nothing', async () => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
      const created = await owner.post(`/api/orgs/${orgId}/disclosures`, {
        title: 'x',
        documentType: 'other',
        text: TEXT,
      });
      expect(created.body.secondOpinionEnabled).toBe(true);
      const id = String(created.body.id);
      const before = llm.sent.length;

      const res = await owner.post(`/api/orgs/${orgId}/disclosures/${id}/second-opinion`, {});
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        kind: 'llm-second-opinion',
        aiGenerated: true,
        model: 'test-model',
        label: 'strong',
        droppedQuotes: 1,
      });
      expect(res.body.notice.ja).toContain('LLM');
      expect(res.body.notice.en).toContain("LLM's opinion");
      const features = res.body.features as {
        id: string;
        present: boolean;
        claimed: boolean;
        evidence: { start: number; end: number; text: string }[];
      }[];
      expect(features.find((f) => f.id === 'kpi')).toMatchObject({ claimed: true, present: false, evidence: [] });
      for (const f of features) for (const e of f.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
      expect(features.find((f) => f.id === 'mechanism')?.present).toBe(true);

      expect(llm.sent.length).toBe(before + 1);
      const sent = llm.sent[llm.sent.length - 1];
      expect(sent.authorization).toBe('Bearer sk-test');
      expect(sent.body.model).toBe('test-model');
      expect(sent.body.messages[1].content).toContain(TEXT);

      // The rule-based judgement is untouched.
      const after = await owner.get(`/api/orgs/${orgId}/disclosures/${id}`);
      expect(after.body.overall).toBe(created.body.overall);
      expect(after.body.result).toEqual(created.body.result);

      // Who may ask, and whose data: viewers may not, another organization's id is 404; neither sends anything.
      expect((await viewer.post(`/api/orgs/${orgId}/disclosures/${id}/second-opinion`, {})).status).toBe(403);
      const other = await s.ctx.newOrganization();
      expect((await other.owner.post(`/api/orgs/${other.orgId}/disclosures/${id}/second-opinion`, {})).status).toBe(
        404,
      );
      expect(llm.sent.length).toBe(before + 1);
    });

    it("gives an investor the same opinion on their own check; another account's check is 404 and sends nothing", async () => {
      const investor = await s.ctx.newInvestor();
      const check = await investor.post('/api/me/disclosure-checks', {
        documentType: 'other',
        companyName: '例示空調',
        text: TEXT,
      });
      expect(check.status).toBe(201);
      expect(check.body.secondOpinionEnabled).toBe(true);
      const id = String(check.body.id);
      expect((await investor.get(`/api/me/disclosure-checks/${id}`)).body.secondOpinionEnabled).toBe(true);
      const before = llm.sent.length;

      const res = await investor.post(`/api/me/disclosure-checks/${id}/second-opinion`, {});
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ kind: 'llm-second-opinion', label: 'strong', droppedQuotes: 1 });
      expect(llm.sent.length).toBe(before + 1);
      expect(llm.sent[llm.sent.length - 1].body.messages[1].content).toContain(TEXT);
      // The rule-based judgement is untouched.
      expect((await investor.get(`/api/me/disclosure-checks/${id}`)).body.result).toEqual(check.body.result);

      const otherInvestor = await s.ctx.newInvestor();
      expect((await otherInvestor.post(`/api/me/disclosure-checks/${id}/second-opinion`, {})).status).toBe(404);
      const company = await s.ctx.newOrganization();
      const asCompany = await company.owner.post(`/api/me/disclosure-checks/${id}/second-opinion`, {});
      expect(asCompany.status).toBe(403);
      expect(asCompany.body.code).toBe('INVESTOR_ONLY');
      expect(llm.sent.length).toBe(before + 1);
    });

    // The library tells these apart (TIMEOUT / BAD_RESPONSE / UNAVAILABLE, second-opinion.spec.ts); people see one message.
    it.each([
      ['an answer slower than the timeout', 'slow'],
      ['a broken JSON answer', 'bad-json'],
      ['a body that is not JSON', 'not-json-body'],
      ['an error status', 'error'],
    ] as const)('%s → 502 SECOND_OPINION_UNAVAILABLE in both languages', async (_name, mode) => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const id = String(
        (await owner.post(`/api/orgs/${orgId}/disclosures`, { title: 'x', documentType: 'other', text: TEXT })).body.id,
      );
      llm.mode.current = mode;
      const started = Date.now();
      const res = await owner.post(`/api/orgs/${orgId}/disclosures/${id}/second-opinion`, {});
      expect(res.status).toBe(502);
      expect(res.body.code).toBe('SECOND_OPINION_UNAVAILABLE');
      expect(res.body.message).toContain('セカンドオピニオン');
      expect(Date.now() - started).toBeLessThan(1_800);
      expect((await owner.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
      const en = await owner.post(`/api/orgs/${orgId}/disclosures/${id}/second-opinion`, {});
      expect(en.status).toBe(502);
      expect(en.body.message).toMatch(/^Second opinion unavailable/);
    });

    it('refuses a text over the size limit with 413 before any request', async () => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const long = `${TEXT}\n${'知的財産の管理体制を整えています。'.repeat(2_000)}`;
      const id = String(
        (await owner.post(`/api/orgs/${orgId}/disclosures`, { title: 'long', documentType: 'other', text: long })).body
          .id,
      );
      const before = llm.sent.length;
      const res = await owner.post(`/api/orgs/${orgId}/disclosures/${id}/second-opinion`, {});
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('SECOND_OPINION_TEXT_TOO_LONG');
      expect(llm.sent.length).toBe(before);
    });
  });
});

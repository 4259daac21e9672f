import { loadConfig } from '../../config/app-config';
import { chatAnswer, startFakeLlm, type FakeLlm } from '../../../test/support/fake-llm';
import { useTestApp } from '../../../test/support/use-test-app';

const SUGGESTION = '当社は知的財産への投資を、取締役会が年4回審議しています。';

describe('AI rewrite of a draft section (optional, operator-configured)', () => {
  let ai: FakeLlm;
  let failing = false;

  beforeAll(async () => {
    ai = await startFakeLlm(() =>
      failing ? { status: 500, json: { error: 'boom' } } : chatAnswer(`  ${SUGGESTION}\n`),
    );
  });
  afterAll(() => ai.close());

  it('requires a model when the URL is set (the API refuses to boot otherwise)', () => {
    expect(() => loadConfig({ AI_REWRITE_URL: 'http://127.0.0.1:9/v1/chat/completions' })).toThrow(/AI_REWRITE_MODEL/);
    expect(() => loadConfig({ AI_REWRITE_URL: 'not a url', AI_REWRITE_MODEL: 'm' })).toThrow(/AI_REWRITE_URL/);
    expect(loadConfig({}).AI_REWRITE_URL).toBeUndefined();
  });

  describe('without configuration (the default)', () => {
    const s = useTestApp();

    it('answers 404 AI_DISABLED and sends nothing anywhere', async () => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const id = String((await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' })).body.id);
      expect((await owner.get(`/api/orgs/${orgId}/drafts/${id}`)).body.aiRewriteEnabled).toBe(false);
      const before = ai.received.length;
      const res = await owner.post(`/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3/ai-rewrite`, {});
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('AI_DISABLED');
      expect(ai.received.length).toBe(before);
    });
  });

  describe('with AI_REWRITE_URL and AI_REWRITE_MODEL', () => {
    const s = useTestApp(() => ({
      AI_REWRITE_URL: ai.url,
      AI_REWRITE_MODEL: 'test-model',
      AI_REWRITE_API_KEY: 'sk-test-key',
    }));

    it('returns a labelled suggestion from the endpoint and saves nothing', async () => {
      const { owner, orgId } = await s.ctx.newOrganization();
      const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
      const draft = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
      const id = String(draft.body.id);
      expect(draft.body.aiRewriteEnabled).toBe(true);
      expect((await viewer.get(`/api/orgs/${orgId}/drafts/${id}`)).body.aiRewriteEnabled).toBe(true);
      const before = ai.received.length;

      const res = await owner.post(`/api/orgs/${orgId}/drafts/${id}/sections/sp-4-2-2/ai-rewrite`, {
        instruction: '簡潔に',
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        sectionId: 'sp-4-2-2',
        suggestion: SUGGESTION,
        aiGenerated: true,
        model: 'test-model',
        label: { ja: expect.stringContaining('AIが生成した提案'), en: expect.stringContaining('AI-generated') },
      });

      expect(ai.received.length).toBe(before + 1);
      const sent = ai.received[ai.received.length - 1];
      expect(sent.url).toBe('/v1/chat/completions');
      expect(sent.authorization).toBe('Bearer sk-test-key');
      expect(sent.body.model).toBe('test-model');
      expect(sent.body.messages.map((m) => m.role)).toEqual(['system', 'user']);
      const section = (draft.body.current.draft.sections as { id: string; heading: string }[]).find(
        (s) => s.id === 'sp-4-2-2',
      );
      expect(sent.body.messages[1].content).toContain(section?.heading);
      expect(sent.body.messages[1].content).toContain('簡潔に');
      expect(sent.body.messages[1].content).toContain('【要記入：');

      const after = await owner.get(`/api/orgs/${orgId}/drafts/${id}`);
      expect(after.body.currentVersion).toBe(1);
      expect(after.body.current.text).not.toContain(SUGGESTION);

      expect((await viewer.post(`/api/orgs/${orgId}/drafts/${id}/sections/sp-4-2-2/ai-rewrite`, {})).status).toBe(403);
      expect((await owner.post(`/api/orgs/${orgId}/drafts/${id}/sections/nowhere/ai-rewrite`, {})).status).toBe(404);
      expect(ai.received.length).toBe(before + 1);

      failing = true;
      try {
        const down = await owner.post(`/api/orgs/${orgId}/drafts/${id}/sections/sp-4-2-2/ai-rewrite`, {});
        expect(down.status).toBe(502);
        expect(down.body.code).toBe('AI_UNAVAILABLE');
      } finally {
        failing = false;
      }
    });
  });
});

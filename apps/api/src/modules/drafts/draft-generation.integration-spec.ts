import { DEMO_COMPANY_FACTS, DRAFT_TYPES, type Draft } from '@ipgn/drafting';
import { put } from '../../../test/support/assessment-steps';
import { completeListedAssessment, countRows, demoOrganization } from '../../../test/support/draft-steps';
import { useTestApp } from '../../../test/support/use-test-app';

describe('drafts: generation and the quality bar (HTTP, real database)', () => {
  const s = useTestApp();
  const count = (table: string, orgId: string) => countRows(s.t.db, table, orgId);

  it('writes Japanese drafts for the demo company without slots, every sentence traced to an entered input', async () => {
    const { owner, orgId } = await demoOrganization(s.ctx);
    const assessmentId = await completeListedAssessment(s.t.db, owner, orgId);
    expect(
      (await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: DEMO_COMPANY_FACTS, expectedVersion: 0 })).status,
    ).toBe(200);

    const results: string[] = [];
    for (const type of DRAFT_TYPES) {
      const res = await owner.post(`/api/orgs/${orgId}/drafts`, { type, language: 'ja' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ type, language: 'ja', status: 'draft', currentVersion: 1, assessmentId });
      expect(res.body.current.slots).toBe(0);
      // The SME one-pager is not scored as a disclosure (its checklist is computed from the draft).
      if (type === 'sme-one-pager') expect(res.body.current.score).toBeNull();
      else expect(res.body.current.score.overall).toBe(res.body.overall);
      // Facts and answers, not placeholders: a fact's wording and a figure from the answers.
      if (type !== 'sme-one-pager') expect(res.body.current.text).toContain('SiC結晶加工のプロセスノウハウ');
      // Drafts are not judged by the scorer (it shares their vocabulary): each sentence names its inputs.
      const traces = (res.body.current.draft as Draft).sections.flatMap((s) =>
        s.paragraphs.flatMap((p) => p.trace ?? []),
      );
      results.push(`${type} ${traces.length > 0 && traces.every((t) => t.sources.length > 0) ? 'traced' : 'untraced'}`);
      expect(res.body.current.draft.attachments.story.findings).toEqual(expect.any(Array));
    }
    expect(results).toEqual(DRAFT_TYPES.map((type) => `${type} traced`));

    const list = await owner.get(`/api/orgs/${orgId}/drafts`);
    expect(list.status).toBe(200);
    const items = list.body.items as { type: string; overall: number }[];
    expect(items.map((d) => d.type).sort()).toEqual([...DRAFT_TYPES].sort());
    expect(
      items.every((d) => (d.type === 'sme-one-pager' ? d.overall === null : typeof d.overall === 'number')) &&
        list.body.total === DRAFT_TYPES.length,
    ).toBe(true);
  });

  it('drafts from an empty assessment are mostly "to be completed" slots and say so (no score until filled)', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const res = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    expect(res.status).toBe(201);
    expect(res.body.assessmentId).toBeNull();
    expect(res.body.current.completenessDetail.mostlySlots).toBe(true);
    expect(res.body.current.slots).toBeGreaterThan(0);
    expect(res.body.current.score).toBeNull();
    expect(res.body.overall).toBeNull();
    expect(res.body.current.text).toContain('【要記入：');
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const other = await s.ctx.newOrganization('他社');
    const foreignRound = String(
      (await other.owner.post(`/api/orgs/${other.orgId}/assessments`, { track: 'sme' })).body.id,
    );
    const cases: [unknown, string][] = [
      [{ type: 'novel', language: 'ja' }, 'type isIn'],
      [{ type: 'cg-report', language: 'fr' }, 'language isIn'],
      [{ type: 'cg-report' }, 'language isIn'],
      [{ type: 'cg-report', language: 'ja', assessmentId: 'x' }, 'assessmentId isUuid'],
      [{ type: 'cg-report', language: 'ja', assessmentId: foreignRound }, 'assessmentId unknown'],
      [{ type: 'cg-report', language: 'ja', status: 'published' }, 'status whitelistValidation'],
    ];
    for (const [body, expected] of cases) {
      const res = await owner.post(`/api/orgs/${orgId}/drafts`, body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect((res.body.errors as { field: string; code: string }[]).map((e) => `${e.field} ${e.code}`)).toContain(
        expected,
      );
    }
    expect(await count('drafts', orgId)).toBe(0);
    expect(await count('draft_versions', orgId)).toBe(0);
  });
});

import type request from 'supertest';
import { sampleAnswers } from '@ipgn/assessment';
import { DEMO_COMPANY_FACTS, DEMO_ORGANIZATION, DRAFT_TYPES, type Draft } from '@ipgn/drafting';
import type { Client, TestApp } from '../../../test/test-app';
import { createTestApp, TestContext } from '../../../test/test-app';

function put(c: Client, path: string, body: unknown): Promise<request.Response> {
  return c.send('put', path, body);
}
const CG_SECTIONS = ['sp-3-1-3', 'sp-4-2-2'];

describe('drafts: company facts, generation, editing, versions, workflow (HTTP, real database)', () => {
  let t: TestApp;
  let ctx: TestContext;

  beforeAll(async () => {
    t = await createTestApp();
    ctx = new TestContext(t.app);
  });
  afterAll(() => t.close());
  const count = async (table: string, orgId: string): Promise<number> =>
    (
      (await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [orgId])) as {
        n: number;
      }[]
    )[0].n;

  /** A submitted listed round with every ladder at level 4 (the library's sample answers), seeded through the table. */
  async function completeListedAssessment(owner: Client, orgId: string): Promise<string> {
    const started = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' });
    expect(started.status).toBe(201);
    const id = String(started.body.id);
    const answers = sampleAnswers('listed', 4, {
      listingStatus: DEMO_ORGANIZATION.listingStatus,
      companySize: DEMO_ORGANIZATION.companySize,
    });
    for (const [questionId, value] of Object.entries(answers)) {
      await t.db.query(
        `INSERT INTO assessment_answers (organization_id, assessment_id, question_id, value, version, answered_by, answered_at, source)
         VALUES ($1, $2, $3, $4::jsonb, 1, $5, now(), 'manual')`,
        [orgId, id, questionId, JSON.stringify(value), owner.user!.id],
      );
    }
    expect((await owner.post(`/api/orgs/${orgId}/assessments/${id}/submit`)).status).toBe(200);
    return id;
  }

  async function demoOrganization(): Promise<{ owner: Client; orgId: string }> {
    const { owner, orgId } = await ctx.newOrganization(DEMO_ORGANIZATION.legalNameJa);
    const profile = await owner.patch(`/api/orgs/${orgId}`, {
      legalNameEn: DEMO_ORGANIZATION.legalNameEn,
      listingStatus: DEMO_ORGANIZATION.listingStatus,
      companySize: DEMO_ORGANIZATION.companySize,
      industry: DEMO_ORGANIZATION.industry,
      fiscalYearEndMonth: DEMO_ORGANIZATION.fiscalYearEndMonth,
    });
    expect(profile.status).toBe(200);
    return { owner, orgId };
  }

  describe('company facts', () => {
    it('starts empty, saves valid facts with optimistic concurrency, and audits the change', async () => {
      const { owner, orgId } = await ctx.newOrganization();
      const empty = await owner.get(`/api/orgs/${orgId}/company-facts`);
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({ facts: {}, version: 0, updatedBy: null, updatedAt: null });

      const saved = await put(owner, `/api/orgs/${orgId}/company-facts`, {
        facts: DEMO_COMPANY_FACTS,
        expectedVersion: 0,
      });
      expect(saved.status).toBe(200);
      expect(saved.body.version).toBe(1);
      expect(saved.body.facts).toEqual(DEMO_COMPANY_FACTS);
      expect(saved.body.updatedBy.userId).toBe(owner.user!.id);

      const stale = await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: {}, expectedVersion: 0 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('FACTS_VERSION_CONFLICT');
      expect((await owner.get(`/api/orgs/${orgId}/company-facts`)).body.facts).toEqual(DEMO_COMPANY_FACTS);

      const audit = await owner.get(`/api/orgs/${orgId}/audit`);
      expect(
        (audit.body.items as { action: string }[]).filter((e) => e.action === 'company_facts.updated'),
      ).toHaveLength(1);
    });

    it('refuses a malformed fact with 400 naming the field, in the request language, and writes nothing', async () => {
      const { owner, orgId } = await ctx.newOrganization();
      const bad = {
        kpis: [
          {
            id: 'k1',
            name: { ja: '特許件数', en: 'Patents' },
            kind: 'count',
            unit: 'bananas',
            target: { value: '10', fiscalYear: 2028 },
          },
        ],
        vision: { targetYear: 2035 },
        segments: 'power',
        surprise: true,
      };
      const res = await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: bad, expectedVersion: 0 });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = (res.body.errors as { field: string; code: string; message: string }[]).map(
        (e) => `${e.field} ${e.code}`,
      );
      expect(fields).toEqual(
        expect.arrayContaining([
          'facts.kpis.0.unit isIn',
          'facts.kpis.0.target.value isNumber',
          'facts.vision.statement isDefined',
          'facts.segments isArray',
          'facts.surprise whitelistValidation',
        ]),
      );
      expect(
        (res.body.errors as { field: string; message: string }[]).find((e) => e.field === 'facts.kpis.0.target.value')
          ?.message,
      ).toBe('数値で入力してください。');
      expect(await count('company_facts', orgId)).toBe(0);
      expect((await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: [], expectedVersion: 0 })).status).toBe(
        400,
      );
      expect((await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: {}, expectedVersion: -1 })).status).toBe(
        400,
      );
      expect(await count('company_facts', orgId)).toBe(0);
    });

    it('lets exactly one of two first saves win (the other gets 409), simultaneous on a PostgreSQL server', async () => {
      const { owner, orgId } = await ctx.newOrganization();
      const admin = await ctx.newMember(owner, orgId, 'admin');
      const byOwner = () =>
        put(owner, `/api/orgs/${orgId}/company-facts`, {
          facts: { vision: DEMO_COMPANY_FACTS.vision },
          expectedVersion: 0,
        });
      const byAdmin = () =>
        put(admin, `/api/orgs/${orgId}/company-facts`, { facts: { sme: DEMO_COMPANY_FACTS.sme }, expectedVersion: 0 });
      // Truly at once on a PostgreSQL server. The embedded PGlite serves one query at a time anyway, and its socket
      // server interleaves concurrent extended-protocol batches of different connections (electric-sql/pglite#1046),
      // so there the two saves go one after the other: the second first-save must still lose.
      const results =
        process.env['TEST_DATABASE_KIND'] === 'PostgreSQL server'
          ? await Promise.all([byOwner(), byAdmin()])
          : [await byOwner(), await byAdmin()];
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await owner.get(`/api/orgs/${orgId}/company-facts`)).body.version).toBe(1);
    });

    it('lets a viewer read but not write the facts', async () => {
      const { owner, orgId } = await ctx.newOrganization();
      const viewer = await ctx.newMember(owner, orgId, 'viewer');
      expect((await viewer.get(`/api/orgs/${orgId}/company-facts`)).status).toBe(200);
      const res = await put(viewer, `/api/orgs/${orgId}/company-facts`, { facts: {}, expectedVersion: 0 });
      expect(res.status).toBe(403);
      expect(await count('company_facts', orgId)).toBe(0);
    });
  });

  describe('generation and the quality bar', () => {
    it('writes Japanese drafts for the demo company without slots, every sentence traced to an entered input', async () => {
      const { owner, orgId } = await demoOrganization();
      const assessmentId = await completeListedAssessment(owner, orgId);
      expect(
        (await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: DEMO_COMPANY_FACTS, expectedVersion: 0 }))
          .status,
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
        results.push(
          `${type} ${traces.length > 0 && traces.every((t) => t.sources.length > 0) ? 'traced' : 'untraced'}`,
        );
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
      const { owner, orgId } = await ctx.newOrganization();
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
      const { owner, orgId } = await ctx.newOrganization();
      const other = await ctx.newOrganization('他社');
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

  describe('editing, versions and diff', () => {
    it('saves a section as a new re-scored version, refuses a stale version (409), and diffs two versions', async () => {
      const { owner, orgId } = await demoOrganization();
      await completeListedAssessment(owner, orgId);
      await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: DEMO_COMPANY_FACTS, expectedVersion: 0 });
      const contributor = await ctx.newMember(owner, orgId, 'contributor');
      const created = await contributor.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
      const id = String(created.body.id);
      const before = created.body.overall as number;

      const edited = '当社は知的財産を重要な経営資源と位置づけています。編集済みの段落です。';
      const saved = await put(contributor, `/api/orgs/${orgId}/drafts/${id}/sections/sp-4-2-2`, {
        text: edited,
        expectedVersion: 1,
        note: '短くした',
      });
      expect(saved.status).toBe(200);
      expect(saved.body.currentVersion).toBe(2);
      expect(saved.body.current.draft.sections.find((s: { id: string }) => s.id === 'sp-4-2-2').paragraphs).toEqual([
        { runs: [{ kind: 'text', text: edited }] },
      ]);
      expect(saved.body.current.score).not.toBeNull();
      expect(saved.body.overall).toBe(saved.body.current.score.overall);
      expect(saved.body.overall).not.toBe(before);

      const stale = await put(owner, `/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3`, {
        text: '上書き',
        expectedVersion: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('DRAFT_VERSION_CONFLICT');
      expect(await count('draft_versions', orgId)).toBe(2);

      const unknownSection = await put(owner, `/api/orgs/${orgId}/drafts/${id}/sections/no-such`, {
        text: 'x',
        expectedVersion: 2,
      });
      expect(unknownSection.status).toBe(404);

      const versions = await owner.get(`/api/orgs/${orgId}/drafts/${id}/versions`);
      expect(versions.status).toBe(200);
      expect((versions.body as { version: number; note: string | null }[]).map((v) => [v.version, v.note])).toEqual([
        [2, '短くした'],
        [1, null],
      ]);

      const diff = await owner.get(`/api/orgs/${orgId}/drafts/${id}/versions/1/diff/2`);
      expect(diff.status).toBe(200);
      const sections = diff.body.sections as {
        sectionId: string;
        changed: boolean;
        changes: { op: string; text: string }[];
      }[];
      expect(sections.map((s) => [s.sectionId, s.changed])).toEqual([
        ['sp-3-1-3', false],
        ['sp-4-2-2', true],
      ]);
      const changed = sections[1].changes;
      expect(
        changed
          .filter((c) => c.op !== 'removed')
          .map((c) => c.text)
          .join(''),
      ).toBe(edited);
      expect(changed.some((c) => c.op === 'removed')).toBe(true);
      // Paragraph by paragraph: the new side of the revised section reads as the edited text, paragraph breaks kept.
      const paragraphs = diff.body.sections[1].paragraphs as { op: string; after: { text: string }[] | null }[];
      expect(paragraphs.filter((p) => p.after !== null).map((p) => p.after!.map((s) => s.text).join(''))).toEqual([
        edited,
      ]);
      expect(paragraphs.some((p) => p.op !== 'equal')).toBe(true);
      expect(diff.body.overallDelta).toBe(saved.body.overall - before);
      expect((await owner.get(`/api/orgs/${orgId}/drafts/${id}/versions/1/diff/9`)).status).toBe(404);
      expect((await owner.get(`/api/orgs/${orgId}/drafts/${id}/versions/x/diff/1`)).status).toBe(404);
    });

    it('keeps slots through a plain-text edit, accepts paragraphs of runs, and refuses invented slots (400, nothing written)', async () => {
      const { owner, orgId } = await ctx.newOrganization();
      const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
      const id = String(created.body.id);
      const section = created.body.current.draft.sections.find((s: { id: string }) => s.id === 'sp-3-1-3') as {
        paragraphs: { runs: { kind: string; slotId?: string }[] }[];
      };
      const slotIds = section.paragraphs.flatMap((p) => p.runs.filter((r) => r.kind === 'slot').map((r) => r.slotId));
      expect(slotIds.length).toBeGreaterThan(0);

      // The rendered text of the section, edited around its slot markers: the markers turn back into the slots.
      const text = (created.body.current.text as string)
        .split('\n\n')
        .slice(2, 2 + section.paragraphs.length)
        .join('\n\n');
      const res = await put(owner, `/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3`, {
        text: `前書き。\n\n${text}`,
        expectedVersion: 1,
      });
      expect(res.status).toBe(200);
      const after = res.body.current.draft.sections.find((s: { id: string }) => s.id === 'sp-3-1-3') as typeof section;
      expect(after.paragraphs.flatMap((p) => p.runs.filter((r) => r.kind === 'slot').map((r) => r.slotId))).toEqual(
        slotIds,
      );
      expect(after.paragraphs[0]).toEqual({ runs: [{ kind: 'text', text: '前書き。' }] });

      const runs = await put(owner, `/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3`, {
        paragraphs: [
          {
            runs: [
              { kind: 'text', text: '研究開発費は' },
              { kind: 'slot', slotId: slotIds[0] },
              { kind: 'text', text: 'です。' },
            ],
          },
        ],
        expectedVersion: 2,
      });
      expect(runs.status).toBe(200);
      expect(runs.body.current.draft.sections[0].paragraphs[0].runs[1].slotId).toBe(slotIds[0]);

      const invented = await put(owner, `/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3`, {
        paragraphs: [{ runs: [{ kind: 'slot', slotId: 'made.up' }] }],
        expectedVersion: 3,
      });
      expect(invented.status).toBe(400);
      expect(invented.body.errors).toEqual([
        expect.objectContaining({ field: 'paragraphs.0.runs.0.slotId', code: 'unknown' }),
      ]);
      const fakeMarker = await put(owner, `/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3`, {
        text: '【要記入：でっちあげ】',
        expectedVersion: 3,
      });
      expect(fakeMarker.status).toBe(400);
      expect(fakeMarker.body.errors).toEqual([expect.objectContaining({ field: 'text', code: 'slotMarker' })]);
      const noBody = await put(owner, `/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3`, { expectedVersion: 3 });
      expect(noBody.status).toBe(400);
      const badRun = await put(owner, `/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3`, {
        paragraphs: [{ runs: [{ kind: 'html', text: '<b>' }] }],
        expectedVersion: 3,
      });
      expect(badRun.status).toBe(400);
      expect(await count('draft_versions', orgId)).toBe(3);
    });
  });

  describe('review workflow', () => {
    /** Fills both sections of a CG-report draft with text (no slots left). */
    async function fill(c: Client, orgId: string, id: string, from: number): Promise<number> {
      let version = from;
      for (const sectionId of CG_SECTIONS) {
        const res = await put(c, `/api/orgs/${orgId}/drafts/${id}/sections/${sectionId}`, {
          text: `${sectionId}：当社の研究開発費は2025年度に120億円で、売上高研究開発費比率は5%です。取締役会は年4回、知財投資を審議しています。`,
          expectedVersion: version,
        });
        expect(res.status).toBe(200);
        version = res.body.currentVersion as number;
      }
      return version;
    }

    it('contributor drafts → reviewer approves (second client) → owner publishes; every transition checked and audited', async () => {
      const { owner, orgId } = await ctx.newOrganization();
      const contributor = await ctx.newMember(owner, orgId, 'contributor');
      const reviewer = await ctx.newMember(owner, orgId, 'reviewer');
      const viewer = await ctx.newMember(owner, orgId, 'viewer');
      const base = `/api/orgs/${orgId}/drafts`;

      const created = await contributor.post(base, { type: 'cg-report', language: 'ja' });
      expect(created.status).toBe(201);
      const id = String(created.body.id);
      const d = `${base}/${id}`;

      // A viewer reads but cannot edit, comment or move the draft.
      expect((await viewer.get(d)).status).toBe(200);
      expect((await put(viewer, `${d}/sections/sp-3-1-3`, { text: '閲覧者の編集', expectedVersion: 1 })).status).toBe(
        403,
      );
      expect((await viewer.post(`${d}/comments`, { sectionId: 'sp-3-1-3', body: 'コメント' })).status).toBe(403);
      expect((await viewer.post(`${d}/submit-for-review`)).status).toBe(403);

      let version = await fill(contributor, orgId, id, 1);
      // Only from draft / changes_requested to review; approval and publication only in order.
      expect((await reviewer.post(`${d}/approve`)).body.code).toBe('INVALID_TRANSITION');
      expect((await owner.post(`${d}/publish`)).body.code).toBe('INVALID_TRANSITION');
      expect((await reviewer.post(`${d}/submit-for-review`)).status).toBe(403);

      const submitted = await contributor.post(`${d}/submit-for-review`);
      expect(submitted.status).toBe(200);
      expect(submitted.body.status).toBe('in_review');
      const locked = await put(contributor, `${d}/sections/sp-3-1-3`, {
        text: '審査中の編集',
        expectedVersion: version,
      });
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe('DRAFT_LOCKED');
      expect((await contributor.post(`${d}/approve`)).status).toBe(403);

      const comment = await reviewer.post(`${d}/comments`, {
        sectionId: 'sp-4-2-2',
        body: '審議の回数を明記してください。',
      });
      expect(comment.status).toBe(201);
      expect(comment.body).toMatchObject({
        sectionId: 'sp-4-2-2',
        version,
        kind: 'comment',
        author: { userId: reviewer.user!.id },
      });
      expect((await reviewer.post(`${d}/comments`, { sectionId: 'nowhere', body: 'x' })).status).toBe(400);

      const sentBack = await reviewer.post(`${d}/request-changes`, { comment: '数値の出典を追記してください。' });
      expect(sentBack.status).toBe(200);
      expect(sentBack.body.status).toBe('changes_requested');
      expect((sentBack.body.comments as { kind: string; body: string }[]).map((c) => c.kind)).toEqual([
        'comment',
        'changes_requested',
      ]);
      expect((await reviewer.post(`${d}/request-changes`, {})).status).toBe(400);

      version = await fill(contributor, orgId, id, version);
      expect((await contributor.post(`${d}/submit-for-review`)).body.status).toBe('in_review');
      const approved = await reviewer.post(`${d}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('approved');

      expect((await contributor.post(`${d}/publish`)).status).toBe(403);
      expect((await reviewer.post(`${d}/publish`)).status).toBe(403);
      const published = await owner.post(`${d}/publish`);
      expect(published.status).toBe(200);
      expect(published.body.status).toBe('published');
      expect(published.body.publications).toEqual([
        {
          publicationId: expect.any(String),
          version,
          publishedAt: expect.any(String),
          withdrawnAt: null,
          title: 'コーポレート・ガバナンス報告書 記載（補充原則3-1③・4-2②）',
        },
      ]);
      // A second click answers with the state reached; nothing is published twice.
      const again = await owner.post(`${d}/publish`);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ status: 'published', publications: [{ version }] });

      // Editing the published draft starts a new cycle; the publication stays.
      const reopened = await put(contributor, `${d}/sections/sp-3-1-3`, {
        text: '公開後の改訂案です。',
        expectedVersion: version,
      });
      expect(reopened.status).toBe(200);
      expect(reopened.body.status).toBe('draft');
      expect(reopened.body.publications).toHaveLength(1);

      const audit = await owner.get(`/api/orgs/${orgId}/audit`);
      const trail = (
        audit.body.items as { action: string; actor: { userId: string }; data: { from?: string; to?: string } }[]
      )
        .filter((e) => e.action.startsWith('draft.'))
        .reverse()
        .map(
          (e) =>
            `${e.action} ${e.actor.userId === owner.user!.id ? 'owner' : e.actor.userId === reviewer.user!.id ? 'reviewer' : 'contributor'}${e.data.to ? ` →${e.data.to}` : ''}`,
        );
      expect(trail).toEqual([
        'draft.created contributor',
        'draft.submitted_for_review contributor →in_review',
        'draft.changes_requested reviewer →changes_requested',
        'draft.submitted_for_review contributor →in_review',
        'draft.approved reviewer →approved',
        'draft.published owner →published',
      ]);
    });

    it('does not publish a draft that still has "to be completed" slots (409 DRAFT_INCOMPLETE, nothing published)', async () => {
      const { owner, orgId } = await ctx.newOrganization();
      const reviewer = await ctx.newMember(owner, orgId, 'reviewer');
      const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'en' });
      const id = String(created.body.id);
      const gaps = (created.body.current.completenessDetail.missing as { slotId: string }[]).map((m) => m.slotId);
      const d = `/api/orgs/${orgId}/drafts/${id}`;
      expect((await owner.post(`${d}/submit-for-review`, { acknowledgedGaps: gaps })).status).toBe(200);
      expect((await reviewer.post(`${d}/approve`)).status).toBe(200);
      const res = await owner.post(`${d}/publish`);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('DRAFT_INCOMPLETE');
      expect(res.body.message).toMatch(/^「要記入」の箇所が \d+ 件残っているため公開できません。$/);
      expect((await owner.get(d)).body.status).toBe('approved');
      expect(await count('publications', orgId)).toBe(0);
    });

    it('answers 404 for another organization’s draft, even with a valid id', async () => {
      const a = await ctx.newOrganization('A社');
      const b = await ctx.newOrganization('B社');
      const id = String(
        (await a.owner.post(`/api/orgs/${a.orgId}/drafts`, { type: 'cg-report', language: 'ja' })).body.id,
      );
      for (const path of [
        `/api/orgs/${b.orgId}/drafts/${id}`,
        `/api/orgs/${b.orgId}/drafts/${id}/versions`,
        `/api/orgs/${a.orgId}/drafts/${id}`,
      ]) {
        expect({ path, status: (await b.owner.get(path)).status }).toEqual({ path, status: 404 });
      }
      expect((await b.owner.post(`/api/orgs/${b.orgId}/drafts/${id}/submit-for-review`)).status).toBe(404);
      expect((await a.owner.get(`/api/orgs/${a.orgId}/drafts/${id}`)).body.status).toBe('draft');
    });
  });
});

import { DEMO_COMPANY_FACTS } from '@ipgn/drafting';
import { put } from '../../../test/support/assessment-steps';
import { CG_SECTIONS, completeListedAssessment, countRows, demoOrganization } from '../../../test/support/draft-steps';
import { useTestApp } from '../../../test/support/use-test-app';

describe('drafts: editing, versions and diff (HTTP, real database)', () => {
  const s = useTestApp();
  const count = (table: string, orgId: string) => countRows(s.t.db, table, orgId);

  it('saves a section as a new re-scored version, refuses a stale version (409), and diffs two versions', async () => {
    const { owner, orgId } = await demoOrganization(s.ctx);
    await completeListedAssessment(s.t.db, owner, orgId);
    await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: DEMO_COMPANY_FACTS, expectedVersion: 0 });
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
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
    // Re-scored: the judgement read the edited text (its length), not the first version's. (The totals can coincide:
    // v2.51 gave both 58.)
    expect(typeof before).toBe('number');
    expect(saved.body.current.score.stats.characters).not.toBe(created.body.current.score.stats.characters);

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

  it("carries the scorer's nothing-to-judge mark: a draft edited down to no claims has L7 notApplicable, saved and read back", async () => {
    const { owner, orgId } = await demoOrganization(s.ctx);
    await completeListedAssessment(s.t.db, owner, orgId);
    await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: DEMO_COMPANY_FACTS, expectedVersion: 0 });
    const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    const id = String(created.body.id);
    type Criterion = { key: string; score: number; notApplicable?: true };
    const l7 = (body: { current: { score: { criteria: Criterion[] } } }) =>
      body.current.score.criteria.find((c) => c.key === 'substitution');
    expect(l7(created.body)?.notApplicable).toBeUndefined();

    let version = 1;
    for (const section of CG_SECTIONS) {
      const res = await put(owner, `/api/orgs/${orgId}/drafts/${id}/sections/${section}`, {
        text: '当社は知的財産を大切にしています。',
        expectedVersion: version++,
      });
      expect(res.status).toBe(200);
    }
    const read = await owner.get(`/api/orgs/${orgId}/drafts/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.currentVersion).toBe(3);
    expect(l7(read.body)).toMatchObject({ score: 0, notApplicable: true });
  });

  it('keeps slots through a plain-text edit, accepts paragraphs of runs, and refuses invented slots (400, nothing written)', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
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

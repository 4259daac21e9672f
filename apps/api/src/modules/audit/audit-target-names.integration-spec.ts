import { useTestApp } from '../../../test/support/use-test-app';

/** The audit log names rounds and workshops (registered by the modules that own them) instead of showing their ids. */
describe('audit log target names', () => {
  const s = useTestApp();

  it('names a round and a workshop of the organization, and nothing of another organization', async () => {
    const { owner, orgId } = await s.ctx.newOrganization('監査名株式会社');
    const round = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' });
    expect(round.status).toBe(201);
    const workshop = await owner.post(`/api/orgs/${orgId}/workshops`, {
      title: '知財ワークショップ',
      modules: ['m9'],
      departments: ['executive', 'ip'],
      anonymity: 'named',
      scheduledAt: '2026-12-10T10:00:00+09:00',
    });
    expect(workshop.status).toBe(201);
    const items = (await owner.get(`/api/orgs/${orgId}/audit?limit=50`)).body.items as {
      action: string;
      target: string;
      targetRef: unknown;
    }[];
    expect(items.find((e) => e.action === 'assessment.started')).toMatchObject({
      target: round.body.id,
      targetRef: { kind: 'assessment', round: 1, track: 'sme' },
    });
    expect(items.find((e) => e.action === 'workshop.created')).toMatchObject({
      target: workshop.body.id,
      targetRef: { kind: 'workshop', title: '知財ワークショップ' },
    });

    // Another organization's log holds its own events only; ids of the first one's rows are never named there.
    const other = await s.ctx.newOrganization('別会社');
    const otherItems = (await other.owner.get(`/api/orgs/${other.orgId}/audit?limit=50`)).body.items as {
      targetRef: unknown;
    }[];
    expect(otherItems.every((e) => e.targetRef === null)).toBe(true);
  }, 120_000);
});

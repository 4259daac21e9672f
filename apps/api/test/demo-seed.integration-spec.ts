import type { CurrentUser } from '@ipgn/contracts';
import { DemoSeeder } from '../src/modules/demo/demo-seeder';
import {
  DEMO_INVESTOR_QUESTION,
  DEMO_SCORED_DISCLOSURE,
  DEMO_SECOND_ORGANIZATION,
} from '../src/modules/demo/demo-content';
import { useDemoSuite } from './support/demo-suite';
import type { Client } from './test-app';

/**
 * `npm start`'s demo, seeded on an empty database through the services, read back over HTTP as each persona sees
 * it — and a second start seeds nothing.
 */
describe('demo seed (SEED_DEMO=true on an empty database)', () => {
  const demo = useDemoSuite();
  const { s } = demo;
  let orgId = '';
  /** A persona signed in with the printed password, and who the API says they are. */
  const signIn = async (email: string): Promise<Client & { me: CurrentUser }> => {
    const client = s.ctx.client();
    const res = await client.post('/api/auth/login', { email, password: demo.passwordOf(email) });
    expect(res.status).toBe(200);
    client.user = res.body as CurrentUser;
    return Object.assign(client, { me: res.body as CurrentUser });
  };

  beforeAll(async () => {
    const owner = await signIn('owner@demo.ipgn.example');
    orgId = owner.me.memberships[0].organizationId;
  });

  it('prints five accounts once, one per persona, with fresh passwords', () => {
    expect(demo.credentials.map((c) => [c.role, c.email])).toEqual([
      ['owner', 'owner@demo.ipgn.example'],
      ['contributor', 'ip@demo.ipgn.example'],
      ['reviewer', 'board@demo.ipgn.example'],
      ['investor', 'investor@demo.ipgn.example'],
      ['advisor', 'advisor@demo.ipgn.example'],
    ]);
    expect(new Set(demo.credentials.map((c) => c.password)).size).toBe(5);
  });

  it('investor: the company is in the list, its page shows the judged publication, the answered question and the follow', async () => {
    const investor = await signIn('investor@demo.ipgn.example');
    const list = await investor.get('/api/public/companies');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { slug: string }) => c.slug).sort()).toEqual(['demo-corporation', 'demo-seiki']);

    const page = await investor.get('/api/public/companies/demo-corporation');
    expect(page.status).toBe(200);
    expect(page.body.disclosures).toHaveLength(1);
    const [disclosure] = page.body.disclosures;
    expect(disclosure).toMatchObject({ type: 'cg-report', language: 'ja', version: 1 });
    expect(disclosure.title).toContain('デモ・架空の企業');
    expect(['〇', '△', '✕']).toContain(disclosure.class);
    expect(disclosure.overall).toBeGreaterThan(0);
    expect(disclosure.criteria.length).toBeGreaterThan(0);
    expect(page.body.questions).toEqual([
      expect.objectContaining({ question: DEMO_INVESTOR_QUESTION, publicationId: disclosure.publicationId }),
    ]);

    const publication = await investor.get(
      `/api/public/companies/demo-corporation/publications/${disclosure.publicationId}`,
    );
    expect(publication.status).toBe(200);
    expect(publication.body.text).toContain('レーダー信号処理の特許群');

    const follows = await investor.get('/api/me/follows');
    expect(follows.status).toBe(200);
    expect(follows.body.following.map((f: { company: { slug: string } }) => f.company.slug)).toEqual([
      'demo-corporation',
    ]);
    expect(follows.body.updates.map((u: { kind: string }) => u.kind)).toContain('answer');
  });

  it('investor: 「比較」 has two fictional companies, each with a published, judged CG-report entry', async () => {
    const investor = await signIn('investor@demo.ipgn.example');
    const second = await investor.get(`/api/public/companies/${DEMO_SECOND_ORGANIZATION.slug}`);
    expect(second.status).toBe(200);
    // Marked fictional like the first: in its English name and in the title investors read.
    expect(second.body.company).toMatchObject({
      nameJa: 'デモ精機株式会社',
      nameEn: expect.stringContaining('fictional'),
    });
    expect(second.body.disclosures).toEqual([
      expect.objectContaining({
        type: 'cg-report',
        language: 'ja',
        title: expect.stringContaining('デモ・架空の企業'),
      }),
    ]);
    const publication = await investor.get(
      `/api/public/companies/${DEMO_SECOND_ORGANIZATION.slug}/publications/${second.body.disclosures[0].publicationId}`,
    );
    expect(publication.body.text).toContain('デモ用の架空の開示');
    expect(publication.body.text).not.toMatch(/要記入/);

    const compare = await investor.get(`/api/public/compare?slugs=demo-corporation,${DEMO_SECOND_ORGANIZATION.slug}`);
    expect(compare.status).toBe(200);
    const companies = compare.body.companies as {
      company: { slug: string };
      publication: { overall: number } | null;
      scores: Record<string, number>;
    }[];
    expect(companies.map((c) => c.company.slug)).toEqual(['demo-corporation', DEMO_SECOND_ORGANIZATION.slug]);
    for (const c of companies) {
      expect(c.publication?.overall).toBeGreaterThan(0);
      expect(Object.keys(c.scores).length).toBeGreaterThan(0);
    }
    // The second entry is counts and boilerplate: the floor check passes it, the judgement ranks it well below.
    const [electric, seiki] = companies as { publication: { overall: number; class: string | null } }[];
    expect(seiki?.publication.class).toBe('〇');
    expect(seiki?.publication.overall).toBeLessThan((electric?.publication.overall ?? 0) - 30);
    // Two different profiles, so the comparison shows a difference somewhere.
    const [first, other] = companies;
    expect(Object.keys(first.scores).some((id) => first.scores[id] !== other.scores[id])).toBe(true);
  });

  it('owner: a submitted listed round with uneven results and an action plan, two drafts, a scored disclosure', async () => {
    const owner = await signIn('owner@demo.ipgn.example');
    const rounds = await owner.get(`/api/orgs/${orgId}/assessments`);
    expect(rounds.status).toBe(200);
    expect(rounds.body.items).toEqual([expect.objectContaining({ track: 'listed', status: 'submitted' })]);
    const results = await owner.get(`/api/orgs/${orgId}/assessments/${rounds.body.items[0].id}/results`);
    expect(results.status).toBe(200);
    expect(results.body.progress.overall.ratio).toBe(1);
    const moduleScores = (results.body.byModule as { score: number | null }[]).map((m) => m.score ?? 0);
    expect(Math.max(...moduleScores) - Math.min(...moduleScores)).toBeGreaterThanOrEqual(50);
    expect(results.body.actionPlan.length).toBeGreaterThan(0);

    const drafts = await owner.get(`/api/orgs/${orgId}/drafts`);
    expect(drafts.status).toBe(200);
    expect(drafts.body.items.map((d: { type: string; status: string }) => `${d.type}:${d.status}`).sort()).toEqual([
      'cg-report:published',
      'integrated-report:draft',
    ]);

    const disclosures = await owner.get(`/api/orgs/${orgId}/disclosures`);
    expect(disclosures.status).toBe(200);
    expect(disclosures.body.items).toEqual([expect.objectContaining({ title: DEMO_SCORED_DISCLOSURE.title })]);
  });

  it('reviewer: the published draft names the board member as its reviewer; the audit log records the approval', async () => {
    const reviewer = await signIn('board@demo.ipgn.example');
    const drafts = await reviewer.get(`/api/orgs/${orgId}/drafts`);
    expect(drafts.status).toBe(200);
    const published = (drafts.body.items as { status: string; reviewer: { userId: string } | null }[]).find(
      (d) => d.status === 'published',
    );
    expect(published?.reviewer?.userId).toBe(reviewer.me.id);
    // The audit log is the owner's (a reviewer has no audit:read): approved by the board member, published after.
    const owner = await signIn('owner@demo.ipgn.example');
    const audit = await owner.get(`/api/orgs/${orgId}/audit?limit=200`);
    expect(audit.status).toBe(200);
    const entries = audit.body.items as { action: string; actor: { userId: string } | null }[];
    expect(entries.find((e) => e.action === 'draft.approved')?.actor?.userId).toBe(reviewer.me.id);
    expect(entries.find((e) => e.action === 'draft.published')?.actor?.userId).toBe(owner.me.id);
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['draft.submitted_for_review', 'assessment.submitted', 'invitation.accepted']),
    );
  });

  it('advisor: linked by an accepted invitation, sees the client and a closed workshop whose departments disagree', async () => {
    const advisor = await signIn('advisor@demo.ipgn.example');
    expect(advisor.me.memberships).toEqual([expect.objectContaining({ organizationId: orgId, role: 'advisor' })]);
    const clients = await advisor.get('/api/me/advisor-clients');
    expect(clients.status).toBe(200);
    expect(clients.body).toEqual([
      expect.objectContaining({
        organizationId: orgId,
        latestAssessment: expect.objectContaining({ status: 'submitted' }),
      }),
    ]);
    const workshops = await advisor.get(`/api/orgs/${orgId}/workshops`);
    expect(workshops.body).toEqual([expect.objectContaining({ status: 'closed' })]);
    const results = await advisor.get(`/api/orgs/${orgId}/workshops/${workshops.body[0].id}/results`);
    expect(results.status).toBe(200);
    expect(results.body.respondents).toBe(9);
    expect(results.body.discussionPrompts.length).toBeGreaterThan(0);
    // Departments disagree, and not the same way on every question.
    expect(results.body.discussionPrompts[0].spread).toBeGreaterThanOrEqual(25);
    const questions = results.body.questions as { highest: string | null; spread: number | null }[];
    expect(new Set(questions.map((q) => q.highest)).size).toBeGreaterThan(1);
  });

  it('a second start seeds nothing and changes nothing', async () => {
    const count = async () =>
      (
        (await s.t.db.query(`SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM organizations) AS n`)) as {
          n: string;
        }[]
      )[0].n;
    const before = await count();
    // Two companies, the five printed personas and the second company's two authors (never printed).
    expect(Number(before)).toBe(2 + 5 + 2);
    expect(await s.t.app.get(DemoSeeder).seedIfEmpty()).toBeNull();
    expect(await count()).toBe(before);
  });
});

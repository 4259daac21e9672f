import { key, listRoutes } from './route-catalog';
import { accountBodies } from './support/bad-input/account-bodies';
import { assessmentBodies } from './support/bad-input/assessment-bodies';
import { FIELD_MESSAGES, MARK, PLACEHOLDER_FIXTURE, useBadInputSuite } from './support/bad-input/bad-input-harness';
import { documentBodies } from './support/bad-input/document-bodies';
import { workshopBodies } from './support/bad-input/workshop-bodies';

/** Every topic's bad bodies; each table is exercised by its own `bad-input-<topic>.integration-spec.ts`. */
const TABLES = [accountBodies, assessmentBodies, documentBodies, workshopBodies];

describe('bad input: every body is validated, answered with field errors in the user’s language, and nothing is written', () => {
  const suite = useBadInputSuite();

  it('covers every route that takes a body (across the bad-input-<topic> specs, each route once)', () => {
    const declared = TABLES.flatMap((table) => table(PLACEHOLDER_FIXTURE)).map((e) => e.route);
    expect(
      listRoutes(suite.s.t.app)
        .filter((r) => r.takesBody)
        .map(key)
        .sort(),
    ).toEqual(declared.sort());
  });

  // Public GET routes take no body; a path value outside its fixed list is judged the same way, before any query.
  it('GET /api/public/benchmark/:industry: a sector outside the TSE list → 400 naming the field, in ja and en, fast, nothing written', async () => {
    const before = await suite.snapshot();
    for (const lang of ['ja', 'en'] as const) {
      for (const industry of ['9999', '00500', `${MARK}<script>`, 'x'.repeat(8_000)]) {
        const started = Date.now();
        const res = await suite.s.ctx.client(lang).get(`/api/public/benchmark/${encodeURIComponent(industry)}`);
        expect(Date.now() - started).toBeLessThan(1_000);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
        expect(res.body.errors).toEqual([{ field: 'industry', code: 'isIn', message: FIELD_MESSAGES.isIn[lang]('') }]);
      }
    }
    expect(await suite.snapshot()).toEqual(before);
  });

  it('sanity: the valid bodies do write (so “nothing written” in the topic specs is meaningful)', async () => {
    const before = JSON.stringify(await suite.snapshot());
    const { client, path, method } = suite.caller(
      accountBodies(suite.f).find((e) => e.route === 'PATCH /api/orgs/:orgId')!,
      'ja',
    );
    expect((await client.send(method, path, { legalNameJa: `${MARK} 改名株式会社` })).status).toBe(200);
    expect(JSON.stringify(await suite.snapshot())).not.toBe(before);
  });
});

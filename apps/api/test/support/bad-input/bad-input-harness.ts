import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '../../test-app';
import { DEFAULT_PASSWORD } from '../../test-app';
import { fillPath } from '../../route-catalog';
import { useTestApp, type Suite } from '../use-test-app';

export type Lang = 'ja' | 'en';

/** What a person reads next to a field, in both languages (written out here, independently of the source). */
export const FIELD_MESSAGES: Record<string, Record<Lang, (n: string) => string>> = {
  isEmail: { ja: () => '有効なメールアドレスを入力してください。', en: () => 'Enter a valid e-mail address.' },
  isString: { ja: () => '文字列で入力してください。', en: () => 'Must be text.' },
  isNotEmpty: { ja: () => '必須項目です。', en: () => 'This field is required.' },
  isIn: { ja: () => '選択肢の中から選んでください。', en: () => 'Choose one of the allowed values.' },
  isObject: { ja: () => 'オブジェクトで指定してください。', en: () => 'Must be an object.' },
  isInt: { ja: () => '整数で入力してください。', en: () => 'Must be a whole number.' },
  min: { ja: (n) => `${n} 以上の値を入力してください。`, en: (n) => `Must be at least ${n}.` },
  isUuid: { ja: () => '正しいIDではありません。', en: () => 'Not a valid id.' },
  isArray: { ja: () => 'リストで指定してください。', en: () => 'Must be a list.' },
  max: { ja: (n) => `${n} 以下の値を入力してください。`, en: (n) => `Must be at most ${n}.` },
  minLength: { ja: (n) => `${n} 文字以上で入力してください。`, en: (n) => `Must be at least ${n} characters.` },
  maxLength: { ja: (n) => `${n} 文字以内で入力してください。`, en: (n) => `Must be at most ${n} characters.` },
  whitelistValidation: { ja: () => 'この項目は受け付けられません。', en: () => 'This field is not accepted.' },
  matches: { ja: () => '形式が正しくありません。', en: () => 'The format is not valid.' },
  // A code people type says the format it expects.
  isSecuritiesCode: {
    ja: () =>
      '証券コードは4文字で入力してください（例：7203、130A）。1・3文字目は数字（1文字目は0以外）、2・4文字目は数字か英字です（英字は2024年からのコードで、B・E・I・O・Q・V・Zは使われません）。',
    en: () =>
      'Enter the 4-character securities code (e.g. 7203, 130A): digits in the 1st and 3rd places (the 1st not 0), a digit or a letter in the 2nd and 4th (letters in codes since 2024; B, E, I, O, Q, V and Z are not used).',
  },
  isJoinCode: {
    ja: () => '参加コードは6文字の英数字です（画面に表示されたコード。例：K7QX2M）。',
    en: () => 'The join code is 6 letters and digits (the code on the facilitator’s screen, e.g. K7QX2M).',
  },
  isBoolean: { ja: () => 'true または false で指定してください。', en: () => 'Must be true or false.' },
};

/** This run's mark: every row a bad body could write carries it, so the snapshot finds it. */
export const MARK = `bad${randomBytes(4).toString('hex')}`;
export const long = (n: number) => 'あ'.repeat(n);

export interface BadCase {
  name: string;
  body: Record<string, unknown>;
  /** Field problems that must be among the response's errors: `field code` or `field code bound`. */
  expect: string[];
}

export interface Endpoint {
  route: string;
  /** Who calls it: nobody signed in, the fixture user (in the matching language), or a workshop participant (token header). */
  as: 'anonymous' | 'user' | 'participant';
  valid: () => Record<string, unknown>;
  cases: BadCase[];
}

/** The bad bodies of one topic's routes, built from the suite's fixture. */
export type EndpointTable = (f: Fixture) => Endpoint[];

export const unknownField = (valid: Record<string, unknown>): BadCase => ({
  name: 'unknown field',
  body: { ...valid, isAdmin: true },
  expect: ['isAdmin whitelistValidation'],
});

export const without = (valid: Record<string, unknown>, field: string) => {
  const copy = { ...valid };
  delete copy[field];
  return copy;
};

export interface Fixture {
  email: string;
  resetToken: string;
  /** Per language: the signed-in user (locale set to that language), their organization and a member in it. */
  users: Record<
    Lang,
    {
      client: Client;
      orgId: string;
      memberId: string;
      assessmentId: string;
      workshopId: string;
      joinCode: string;
      participantToken: string;
    }
  >;
}

/** A placeholder fixture: enough to read a table's shape (routes, case names) when declaring the tests. */
export const PLACEHOLDER_FIXTURE: Fixture = { email: '', resetToken: '', users: {} as Fixture['users'] };

export interface BadInputSuite {
  readonly s: Suite;
  /** Read inside tests only (built in `beforeAll`). */
  readonly f: Fixture;
  /** Every row this suite's users and organizations own, plus anything carrying this run's mark. */
  snapshot(): Promise<unknown>;
  caller(endpoint: Endpoint, lang: Lang): { client: Client; path: string; method: 'post' | 'patch' | 'put' };
}

/**
 * The app plus, per language, a signed-in owner (locale set), their organization, a member, a round, a live
 * workshop with one participant, and a password-reset token: everything a route's body can be judged against.
 */
export function useBadInputSuite(): BadInputSuite {
  const s = useTestApp();
  let fixture: Fixture | undefined;
  let userIds: string[] = [];

  beforeAll(async () => {
    const { ctx, t } = s;
    const users = {} as Fixture['users'];
    for (const lang of ['ja', 'en'] as const) {
      const { owner, orgId } = await ctx.newOrganization(`${MARK} ${lang}`);
      const member = await ctx.newMember(owner, orgId, 'viewer');
      const client = ctx.client(lang);
      await client.post('/api/auth/login', { email: owner.user!.email, password: DEFAULT_PASSWORD });
      await client.patch('/api/auth/me', { locale: lang });
      const round = await client.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' });
      // A live workshop and one participant in it, for the workshop and participant routes.
      const ws = await client.post(`/api/orgs/${orgId}/workshops`, {
        title: `${MARK} ${lang} WS`,
        modules: ['m9'],
        departments: ['executive', 'ip'],
        anonymity: 'anonymous',
        scheduledAt: '2026-12-10T10:00:00+09:00',
      });
      const started = await client.post(`/api/orgs/${orgId}/workshops/${String(ws.body.id)}/start`);
      const joined = await ctx
        .client(lang)
        .post('/api/public/workshops/join', { code: String(started.body.joinCode), department: 'ip' });
      expect([ws.status, started.status, joined.status]).toEqual([201, 200, 201]);
      users[lang] = {
        client,
        orgId,
        memberId: member.user!.id,
        assessmentId: String(round.body.id),
        workshopId: String(ws.body.id),
        joinCode: String(started.body.joinCode),
        participantToken: String(joined.body.participantToken),
      };
    }
    const email = users.ja.client.user?.email ?? (await users.ja.client.get('/api/auth/me')).body.email;
    await ctx.client().post('/api/auth/password-reset/request', { email });
    const outbox = readFileSync(join(t.config.DATA_DIR, 'outbox.jsonl'), 'utf8').trim().split('\n');
    const mail = outbox
      .map((l) => JSON.parse(l) as { to: string; kind: string; text: string })
      .filter((m) => m.to === email && m.kind === 'password-reset')
      .pop();
    const resetToken = decodeURIComponent(String(mail?.text).match(/token=(\S+)/)?.[1] ?? '');
    fixture = { email, resetToken, users };
    userIds = [];
    for (const lang of ['ja', 'en'] as const) {
      const members = await users[lang].client.get(`/api/orgs/${users[lang].orgId}/members`);
      userIds.push(...(members.body.items as { userId: string }[]).map((m) => m.userId));
    }
  });

  const fixtureOf = (): Fixture => {
    if (!fixture) throw new Error('useBadInputSuite: the fixture is built in beforeAll; read it inside a test');
    return fixture;
  };

  async function snapshot(): Promise<unknown> {
    const f = fixtureOf();
    const orgs = [f.users.ja.orgId, f.users.en.orgId];
    const like = `%${MARK}%`;
    const q = (sql: string, params: unknown[]) => s.t.db.query(sql, params) as Promise<unknown[]>;
    return {
      users: await q('SELECT * FROM users WHERE id = ANY($1) OR email LIKE $2 OR display_name LIKE $2 ORDER BY id', [
        userIds,
        like,
      ]),
      sessions: await q('SELECT id, user_id, expires_at FROM sessions WHERE user_id = ANY($1) ORDER BY id', [userIds]),
      resetTokens: await q('SELECT * FROM password_reset_tokens WHERE user_id = ANY($1) ORDER BY id', [userIds]),
      organizations: await q(
        'SELECT * FROM organizations WHERE id = ANY($1) OR legal_name_ja LIKE $2 OR legal_name_en LIKE $2 ORDER BY id',
        [orgs, like],
      ),
      memberships: await q(
        'SELECT * FROM memberships WHERE organization_id = ANY($1) OR user_id = ANY($2) ORDER BY organization_id, user_id',
        [orgs, userIds],
      ),
      invitations: await q('SELECT * FROM invitations WHERE organization_id = ANY($1) OR email LIKE $2 ORDER BY id', [
        orgs,
        like,
      ]),
      audit: await q('SELECT * FROM audit_events WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      assessments: await q('SELECT * FROM assessments WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      answers: await q('SELECT * FROM assessment_answers WHERE organization_id = ANY($1) ORDER BY 1, 2, 3', [orgs]),
      reviews: await q('SELECT * FROM assessment_reviews WHERE organization_id = ANY($1) ORDER BY 1, 2, 3', [orgs]),
      assignments: await q('SELECT * FROM assessment_assignments WHERE organization_id = ANY($1) ORDER BY 1, 2, 3', [
        orgs,
      ]),
      disclosures: await q('SELECT * FROM disclosure_scores WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      disclosureChecks: await q(
        'SELECT * FROM disclosure_checks WHERE user_id = ANY($1) OR title LIKE $2 ORDER BY id',
        [userIds, like],
      ),
      companyFacts: await q('SELECT * FROM company_facts WHERE organization_id = ANY($1) ORDER BY 1', [orgs]),
      drafts: await q('SELECT * FROM drafts WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      draftVersions: await q(
        'SELECT organization_id, draft_id, version FROM draft_versions WHERE organization_id = ANY($1) ORDER BY 1, 2, 3',
        [orgs],
      ),
      draftComments: await q('SELECT * FROM draft_comments WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      publications: await q('SELECT * FROM publications WHERE organization_id = ANY($1) OR title LIKE $2 ORDER BY id', [
        orgs,
        like,
      ]),
      questions: await q('SELECT * FROM dialogue_questions WHERE body LIKE $1 OR answer LIKE $1 ORDER BY id', [like]),
      workshops: await q('SELECT * FROM workshops WHERE organization_id = ANY($1) OR title LIKE $2 ORDER BY id', [
        orgs,
        like,
      ]),
      workshopParticipants: await q(
        'SELECT * FROM workshop_participants WHERE organization_id = ANY($1) OR display_name LIKE $2 ORDER BY id',
        [orgs, like],
      ),
      workshopAnswers: await q('SELECT * FROM workshop_answers WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      benchmarkParticipations: await q(
        'SELECT * FROM benchmark_participations WHERE organization_id = ANY($1) ORDER BY 1',
        [orgs],
      ),
    };
  }

  function caller(endpoint: Endpoint, lang: Lang) {
    const [method, pattern] = endpoint.route.split(' ');
    const u = fixtureOf().users[lang];
    // Ids need not exist for draft and dialogue routes: the body is validated before the service looks anything up.
    const isWorkshop = pattern.includes('/workshops/') || pattern.startsWith('/api/participant/');
    const path = fillPath(pattern, {
      orgId: u.orgId,
      userId: u.memberId,
      id: isWorkshop ? u.workshopId : u.assessmentId,
      questionId: isWorkshop ? 'm9.management-view' : 'sme-strengths.written-down',
      moduleId: 'm10',
      sectionId: 'sp-3-1-3',
      publicationId: u.assessmentId,
    });
    const client = endpoint.as === 'user' ? u.client : s.ctx.client(lang);
    // Sent on every request of this client (superagent agent defaults), including the raw broken-JSON one.
    if (endpoint.as === 'participant') client.agent.set('x-participant-token', u.participantToken);
    return { client, path, method: method.toLowerCase() as 'post' | 'patch' | 'put' };
  }

  return {
    s,
    get f() {
      return fixtureOf();
    },
    snapshot,
    caller,
  };
}

/**
 * For every route of `table` and each of its bad bodies: 400 VALIDATION_FAILED naming exactly the wrong fields, in
 * ja and en, nothing written; and per route a body over the limit (413) and broken JSON (400 INVALID_JSON).
 */
export function declareBadBodies(suite: BadInputSuite, table: EndpointTable): void {
  // Built from the placeholder fixture: only the shape (routes, case names) is needed to declare the tests.
  const declared = table(PLACEHOLDER_FIXTURE);

  describe.each(declared.map((e) => [e.route, e.cases.map((c) => c.name)] as const))('%s', (route, caseNames) => {
    const endpoint = () => table(suite.f).find((e) => e.route === route)!;

    it.each(caseNames)('%s → 400 VALIDATION_FAILED naming the fields, in ja and en, nothing written', async (name) => {
      const bad = endpoint().cases.find((c) => c.name === name)!;
      const before = await suite.snapshot();
      for (const lang of ['ja', 'en'] as const) {
        const { client, path, method } = suite.caller(endpoint(), lang);
        const res = await client.send(method, path, bad.body);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
        expect(res.body.message).toBe(
          lang === 'ja'
            ? '入力内容に誤りがあります。各項目のエラーを確認してください。'
            : 'Some fields are not valid. See the error on each field.',
        );
        const errors = res.body.errors as { field: string; code: string; message: string }[];
        for (const wanted of bad.expect) {
          const [field, code, bound = ''] = wanted.split(' ');
          expect(errors).toContainEqual({ field, code, message: FIELD_MESSAGES[code][lang](bound) });
        }
        const fields = new Set(bad.expect.map((w) => w.split(' ')[0]));
        expect(errors.filter((e) => !fields.has(e.field))).toEqual([]);
      }
      expect(await suite.snapshot()).toEqual(before);
    });

    it('a body over the 1mb limit → 413 PAYLOAD_TOO_LARGE; broken JSON → 400 INVALID_JSON; nothing written', async () => {
      const before = await suite.snapshot();
      for (const lang of ['ja', 'en'] as const) {
        const { client, path, method } = suite.caller(endpoint(), lang);
        const huge = await client.send(method, path, { ...endpoint().valid(), padding: 'x'.repeat(1024 * 1024) });
        expect(huge.status).toBe(413);
        expect(huge.body).toMatchObject({
          statusCode: 413,
          code: 'PAYLOAD_TOO_LARGE',
          message: lang === 'ja' ? 'リクエストが大きすぎます（上限 1mb）。' : 'The request is too large (limit 1mb).',
        });
        const csrf = await client.refreshCsrf();
        const broken = await client.agent[method](path)
          .set('content-type', 'application/json')
          .set('accept-language', lang)
          .set('x-csrf-token', csrf)
          .send('{"email": "a@example.test",');
        expect(broken.status).toBe(400);
        expect(broken.body).toMatchObject({ statusCode: 400, code: 'INVALID_JSON' });
        expect(typeof broken.body.requestId).toBe('string');
      }
      expect(await suite.snapshot()).toEqual(before);
    });
  });
}

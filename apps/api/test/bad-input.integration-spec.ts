import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client, TestApp } from './test-app';
import { createTestApp, DEFAULT_PASSWORD, TestContext } from './test-app';
import { fillPath, key, listRoutes, type RouteInfo } from './route-catalog';

type Lang = 'ja' | 'en';

/** What a person reads next to a field, in both languages (written out here, independently of the source). */
const FIELD_MESSAGES: Record<string, Record<Lang, (n: string) => string>> = {
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
  isBoolean: { ja: () => 'true または false で指定してください。', en: () => 'Must be true or false.' },
};

const MARK = `bad${randomBytes(4).toString('hex')}`;
const long = (n: number) => 'あ'.repeat(n);

interface BadCase {
  name: string;
  body: Record<string, unknown>;
  /** Field problems that must be among the response's errors: `field code` or `field code bound`. */
  expect: string[];
}

interface Endpoint {
  route: string;
  /** Who calls it: nobody signed in, the fixture user (in the matching language), or a workshop participant (token header). */
  as: 'anonymous' | 'user' | 'participant';
  valid: () => Record<string, unknown>;
  cases: BadCase[];
}

/** A body with an unknown field, a missing field, a wrong type and an over-long value, for each endpoint. */
function endpoints(f: Fixture): Endpoint[] {
  const unknownField = (valid: Record<string, unknown>): BadCase => ({
    name: 'unknown field',
    body: { ...valid, isAdmin: true },
    expect: ['isAdmin whitelistValidation'],
  });
  const without = (valid: Record<string, unknown>, field: string) => {
    const copy = { ...valid };
    delete copy[field];
    return copy;
  };
  const email = `${MARK}-new@example.test`;
  const signup = () => ({ email, password: DEFAULT_PASSWORD, displayName: '新規', organizationName: `${MARK}社` });
  const login = () => ({ email: f.email, password: DEFAULT_PASSWORD });
  const resetRequest = () => ({ email: f.email });
  const resetConfirm = () => ({ token: f.resetToken, password: 'a brand new password' });
  const me = () => ({ displayName: `${MARK} 新しい名前` });
  const newOrg = () => ({ legalNameJa: `${MARK} 第二株式会社`, fiscalYearEndMonth: 12 });
  const updateOrg = () => ({ legalNameJa: `${MARK} 改名株式会社` });
  const role = () => ({ role: 'admin' });
  const invite = () => ({ email: `${MARK}-invitee@example.test`, role: 'viewer' });
  const start = () => ({ track: 'listed' });
  const answer = () => ({ value: 2, expectedVersion: 0 });
  const assign = () => ({ userId: null });
  const review = () => ({ decision: 'returned', comment: `${MARK} 根拠を添付してください`, answerVersion: 1 });
  const disclosure = () => ({
    title: `${MARK} CG報告書`,
    documentType: 'cg_report',
    text: '当社は知的財産を重要な経営資源と認識しています。',
  });
  const uploadFields = () => ({ title: `${MARK} 統合報告書`, documentType: 'integrated_report' });
  const facts = () => ({ facts: {}, expectedVersion: 0 });
  const newDraft = () => ({ type: 'cg-report', language: 'ja' });
  const section = () => ({ text: `${MARK} 本文`, expectedVersion: 1 });
  const comment = () => ({ sectionId: 'sp-3-1-3', body: `${MARK} コメント` });
  const requestChanges = () => ({ comment: `${MARK} 差戻し` });
  const submitForReview = () => ({ acknowledgedGaps: [] as string[] });
  const rewrite = () => ({ instruction: '簡潔に' });
  const question = () => ({ body: `${MARK} 質問` });
  const reply = () => ({ body: `${MARK} 回答`, makePublic: true });
  const workshop = () => ({
    title: `${MARK} ワークショップ`,
    modules: ['m9'],
    departments: ['executive', 'ip'],
    anonymity: 'anonymous',
    scheduledAt: '2026-12-10T10:00:00+09:00',
  });
  const workshopPatch = () => ({ title: `${MARK} 改題` });
  const workshopState = () => ({ currentQuestionIndex: 1, resultsVisible: true });
  const agreed = () => ({ value: 2 });
  const apply = () => ({ assessmentId: f.users.ja?.assessmentId ?? '00000000-0000-4000-8000-000000000000' });
  const joinAsMember = () => ({ department: 'ip' });
  const joinByCode = () => ({
    code: f.users.ja?.joinCode ?? 'ABCDEF',
    department: 'ip',
    displayName: `${MARK} 参加者`,
  });
  const participantAnswer = () => ({ value: 2, clientRequestId: '6f1c1a52-3f1e-4c5e-9a43-0d6f6b1b2c3d' });
  return [
    {
      route: 'POST /api/auth/signup',
      as: 'anonymous',
      valid: signup,
      cases: [
        unknownField(signup()),
        {
          name: 'missing fields',
          body: without(without(signup(), 'email'), 'displayName'),
          expect: ['email isEmail', 'displayName isString'],
        },
        {
          name: 'wrong types',
          body: { ...signup(), password: 12345678901, displayName: ['山田'], accountType: 'admin', locale: 1 },
          expect: ['password isString', 'displayName isString', 'accountType isIn', 'locale isIn'],
        },
        {
          name: 'too long / too short',
          body: { ...signup(), displayName: long(101), organizationName: long(201), password: 'short' },
          expect: ['displayName maxLength 100', 'organizationName maxLength 200', 'password minLength 10'],
        },
        {
          name: 'too long e-mail and password',
          body: {
            ...signup(),
            email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test`,
            password: 'p'.repeat(201),
          },
          expect: ['email maxLength 254', 'password maxLength 200'],
        },
      ],
    },
    {
      route: 'POST /api/auth/login',
      as: 'anonymous',
      valid: login,
      cases: [
        unknownField(login()),
        {
          name: 'missing password',
          body: without(login(), 'password'),
          expect: ['password isString', 'password isNotEmpty'],
        },
        {
          name: 'wrong types',
          body: { email: ['x'], password: { $ne: '' } },
          expect: ['email isEmail', 'password isString'],
        },
        {
          name: 'too long password',
          body: { ...login(), password: 'p'.repeat(201) },
          expect: ['password maxLength 200'],
        },
      ],
    },
    {
      route: 'POST /api/auth/password-reset/request',
      as: 'anonymous',
      valid: resetRequest,
      cases: [
        unknownField(resetRequest()),
        { name: 'missing e-mail', body: {}, expect: ['email isEmail'] },
        { name: 'wrong type', body: { email: 42 }, expect: ['email isEmail'] },
      ],
    },
    {
      route: 'POST /api/auth/password-reset/confirm',
      as: 'anonymous',
      valid: resetConfirm,
      cases: [
        unknownField(resetConfirm()),
        {
          name: 'missing token',
          body: without(resetConfirm(), 'token'),
          expect: ['token isString', 'token isNotEmpty'],
        },
        { name: 'wrong types', body: { token: 7, password: true }, expect: ['token isString', 'password isString'] },
        // A valid token with a too-short password must not use up the token.
        {
          name: 'too short / too long',
          body: { ...resetConfirm(), password: 'short' },
          expect: ['password minLength 10'],
        },
        {
          name: 'too long token',
          body: { ...resetConfirm(), token: 't'.repeat(201) },
          expect: ['token maxLength 200'],
        },
      ],
    },
    {
      route: 'PATCH /api/auth/me',
      as: 'user',
      valid: me,
      cases: [
        unknownField(me()),
        {
          name: 'wrong types',
          body: { displayName: 12, locale: 'fr' },
          expect: ['displayName isString', 'locale isIn'],
        },
        { name: 'empty name', body: { displayName: '   ' }, expect: ['displayName isNotEmpty'] },
        { name: 'too long', body: { displayName: long(101) }, expect: ['displayName maxLength 100'] },
      ],
    },
    {
      route: 'POST /api/organizations',
      as: 'user',
      valid: newOrg,
      cases: [
        unknownField(newOrg()),
        {
          name: 'missing name',
          body: without(newOrg(), 'legalNameJa'),
          expect: ['legalNameJa isString', 'legalNameJa isNotEmpty'],
        },
        {
          name: 'wrong types',
          body: { ...newOrg(), fiscalYearEndMonth: '3', listingStatus: 'nasdaq', companySize: 3, industry: '9999' },
          expect: ['fiscalYearEndMonth isInt', 'listingStatus isIn', 'companySize isIn', 'industry isIn'],
        },
        {
          name: 'out of range / too long',
          body: { ...newOrg(), fiscalYearEndMonth: 13, legalNameEn: 'x'.repeat(201) },
          expect: ['fiscalYearEndMonth max 12', 'legalNameEn maxLength 200'],
        },
      ],
    },
    {
      route: 'PATCH /api/orgs/:orgId',
      as: 'user',
      valid: updateOrg,
      cases: [
        unknownField(updateOrg()),
        { name: 'empty name', body: { legalNameJa: '' }, expect: ['legalNameJa isNotEmpty'] },
        {
          name: 'wrong types',
          body: { legalNameJa: 1, legalNameEn: false, fiscalYearEndMonth: 1.5, industry: 'x' },
          expect: ['legalNameJa isString', 'legalNameEn isString', 'fiscalYearEndMonth isInt', 'industry isIn'],
        },
        { name: 'too long', body: { legalNameJa: long(201) }, expect: ['legalNameJa maxLength 200'] },
        { name: 'not a securities code', body: { securitiesCode: '12345' }, expect: ['securitiesCode matches'] },
        {
          name: 'securities code with a confusable letter',
          body: { securitiesCode: '1O3A' },
          expect: ['securitiesCode matches'],
        },
      ],
    },
    {
      route: 'PATCH /api/orgs/:orgId/members/:userId',
      as: 'user',
      valid: role,
      cases: [
        unknownField(role()),
        { name: 'missing role', body: {}, expect: ['role isIn'] },
        { name: 'wrong type', body: { role: ['owner'] }, expect: ['role isIn'] },
        { name: 'unknown role', body: { role: 'superuser' }, expect: ['role isIn'] },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/invitations',
      as: 'user',
      valid: invite,
      cases: [
        unknownField(invite()),
        { name: 'missing fields', body: {}, expect: ['email isEmail', 'role isIn'] },
        { name: 'wrong types', body: { email: 1, role: 2 }, expect: ['email isEmail', 'role isIn'] },
        {
          name: 'too long e-mail',
          body: { ...invite(), email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test` },
          expect: ['email maxLength 254'],
        },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/assessments',
      as: 'user',
      valid: start,
      cases: [
        unknownField(start()),
        { name: 'missing track', body: {}, expect: ['track isIn'] },
        { name: 'wrong type / too long', body: { track: 'l'.repeat(300) }, expect: ['track isIn'] },
      ],
    },
    {
      route: 'PUT /api/orgs/:orgId/assessments/:id/answers/:questionId',
      as: 'user',
      valid: answer,
      cases: [
        unknownField(answer()),
        { name: 'missing version', body: { value: 2 }, expect: ['expectedVersion isInt'] },
        {
          name: 'wrong type / out of range',
          body: { value: 2, expectedVersion: -1 },
          expect: ['expectedVersion min 0'],
        },
        { name: 'version as text', body: { value: 2, expectedVersion: '0' }, expect: ['expectedVersion isInt'] },
      ],
    },
    {
      route: 'PUT /api/orgs/:orgId/benchmark-participation',
      as: 'user',
      valid: () => ({ optedIn: false }),
      cases: [
        unknownField({ optedIn: false }),
        { name: 'missing field', body: {}, expect: ['optedIn isBoolean'] },
        { name: 'wrong type', body: { optedIn: 'yes' }, expect: ['optedIn isBoolean'] },
      ],
    },
    {
      route: 'PUT /api/orgs/:orgId/assessments/:id/planning',
      as: 'user',
      valid: () => ({ targets: { modules: { m1: 3 } } }),
      cases: [
        unknownField({ targets: { modules: { m1: 3 } } }),
        {
          name: 'wrong types',
          body: { targets: 'high', scope: 1, notes: [] },
          expect: ['targets isObject', 'scope isObject', 'notes isObject'],
        },
      ],
    },
    {
      route: 'PUT /api/orgs/:orgId/assessments/:id/reviews/:questionId',
      as: 'user',
      valid: review,
      cases: [
        unknownField(review()),
        { name: 'missing fields', body: {}, expect: ['decision isIn', 'answerVersion isInt'] },
        {
          name: 'wrong types / too long',
          body: { decision: 'ok', comment: long(2_001), answerVersion: 0 },
          expect: ['decision isIn', 'comment maxLength 2000', 'answerVersion min 1'],
        },
        { name: 'comment as a number', body: { ...review(), comment: 7 }, expect: ['comment isString'] },
      ],
    },
    {
      route: 'PUT /api/orgs/:orgId/assessments/:id/assignments/:moduleId',
      as: 'user',
      valid: assign,
      cases: [
        unknownField(assign()),
        { name: 'missing user', body: {}, expect: ['userId isUuid'] },
        { name: 'wrong type', body: { userId: 42 }, expect: ['userId isUuid'] },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/disclosures',
      as: 'user',
      valid: disclosure,
      cases: [
        unknownField(disclosure()),
        { name: 'missing fields', body: { documentType: 'cg_report' }, expect: ['title isString', 'text isString'] },
        {
          name: 'wrong types',
          body: { ...disclosure(), text: 42, documentType: 'novel', language: 'fr' },
          expect: ['text isString', 'documentType isIn', 'language isIn'],
        },
        {
          name: 'too long',
          body: { ...disclosure(), title: long(201), text: long(200_001) },
          expect: ['title maxLength 200', 'text maxLength 200000'],
        },
      ],
    },
    {
      // Multipart in real use (see disclosures.integration-spec.ts); its fields are validated the same way.
      route: 'POST /api/orgs/:orgId/disclosures/upload',
      as: 'user',
      valid: uploadFields,
      cases: [
        unknownField(uploadFields()),
        { name: 'missing title', body: { documentType: 'other' }, expect: ['title isString'] },
        {
          name: 'wrong types',
          body: { ...uploadFields(), documentType: 'novel', language: 1 },
          expect: ['documentType isIn', 'language isIn'],
        },
      ],
    },
    {
      // The facts themselves are checked field by field in the service (drafts.integration-spec.ts).
      route: 'PUT /api/orgs/:orgId/company-facts',
      as: 'user',
      valid: facts,
      cases: [
        unknownField(facts()),
        { name: 'missing version', body: { facts: {} }, expect: ['expectedVersion isInt'] },
        { name: 'wrong version', body: { facts: {}, expectedVersion: -1 }, expect: ['expectedVersion min 0'] },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/drafts',
      as: 'user',
      valid: newDraft,
      cases: [
        unknownField(newDraft()),
        { name: 'missing fields', body: {}, expect: ['type isIn', 'language isIn'] },
        {
          name: 'wrong types',
          body: { type: 'novel', language: 'fr', assessmentId: 'x' },
          expect: ['type isIn', 'language isIn', 'assessmentId isUuid'],
        },
      ],
    },
    {
      route: 'PUT /api/orgs/:orgId/drafts/:id/sections/:sectionId',
      as: 'user',
      valid: section,
      cases: [
        unknownField(section()),
        { name: 'missing fields', body: {}, expect: ['text isString', 'expectedVersion isInt'] },
        {
          name: 'wrong types',
          body: { text: 42, expectedVersion: 0 },
          expect: ['text isString', 'expectedVersion min 1'],
        },
        { name: 'too long', body: { text: long(20_001), expectedVersion: 1 }, expect: ['text maxLength 20000'] },
        {
          name: 'bad run',
          body: { paragraphs: [{ runs: [{ kind: 'html', text: '<b>' }] }], expectedVersion: 1 },
          expect: ['paragraphs.0.runs.0.kind isIn'],
        },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/drafts/:id/comments',
      as: 'user',
      valid: comment,
      cases: [
        unknownField(comment()),
        { name: 'missing fields', body: {}, expect: ['sectionId isString', 'body isString'] },
        {
          name: 'bad section and too long',
          body: { sectionId: 'a b', body: long(4_001) },
          expect: ['sectionId matches', 'body maxLength 4000'],
        },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/drafts/:id/submit-for-review',
      as: 'user',
      valid: submitForReview,
      cases: [
        unknownField(submitForReview()),
        {
          name: 'wrong types',
          body: { reviewerId: 'someone', acknowledgedGaps: 'all' },
          expect: ['reviewerId isUuid', 'acknowledgedGaps isArray'],
        },
        {
          name: 'too many or too long gaps',
          body: { acknowledgedGaps: [long(121)] },
          expect: ['acknowledgedGaps maxLength 120'],
        },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/drafts/:id/request-changes',
      as: 'user',
      valid: requestChanges,
      cases: [
        unknownField(requestChanges()),
        { name: 'missing comment', body: {}, expect: ['comment isString'] },
        { name: 'blank comment', body: { comment: '   ' }, expect: ['comment isNotEmpty'] },
        { name: 'too long', body: { comment: long(4_001) }, expect: ['comment maxLength 4000'] },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/drafts/:id/sections/:sectionId/ai-rewrite',
      as: 'user',
      valid: rewrite,
      cases: [
        unknownField(rewrite()),
        { name: 'wrong type', body: { instruction: 5 }, expect: ['instruction isString'] },
        { name: 'too long', body: { instruction: long(501) }, expect: ['instruction maxLength 500'] },
      ],
    },
    {
      // Investor accounts only, but the body is validated before the account type is looked at.
      route: 'POST /api/public/publications/:publicationId/questions',
      as: 'user',
      valid: question,
      cases: [
        unknownField(question()),
        { name: 'missing body', body: {}, expect: ['body isString'] },
        { name: 'too long', body: { body: long(2_001) }, expect: ['body maxLength 2000'] },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/questions/:id/answer',
      as: 'user',
      valid: reply,
      cases: [
        unknownField(reply()),
        { name: 'missing fields', body: {}, expect: ['body isString', 'makePublic isBoolean'] },
        {
          name: 'wrong types',
          body: { body: long(4_001), makePublic: 'yes' },
          expect: ['body maxLength 4000', 'makePublic isBoolean'],
        },
      ],
    },
    {
      // A publication's title: validated before the publication is looked up.
      route: 'PATCH /api/orgs/:orgId/publications/:id',
      as: 'user',
      valid: () => ({ title: `${MARK} 題名` }),
      cases: [
        unknownField({ title: `${MARK} 題名` }),
        { name: 'missing title', body: {}, expect: ['title isString'] },
        { name: 'blank title', body: { title: '   ' }, expect: ['title isNotEmpty'] },
        { name: 'too long', body: { title: long(201) }, expect: ['title maxLength 200'] },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/workshops',
      as: 'user',
      valid: workshop,
      cases: [
        unknownField(workshop()),
        {
          name: 'missing fields',
          body: { modules: ['m9'], scheduledAt: '2026-12-10T10:00:00+09:00' },
          expect: ['title isString', 'departments isIn', 'anonymity isIn'],
        },
        {
          name: 'wrong types',
          body: { ...workshop(), title: 5, modules: ['m99'], departments: ['sales'], anonymity: 'secret' },
          expect: ['title isString', 'modules isIn', 'departments isIn', 'anonymity isIn'],
        },
        {
          name: 'blank / too long',
          body: { ...workshop(), title: '   ', questionIds: ['q'.repeat(81)] },
          expect: ['title isNotEmpty', 'questionIds maxLength 80'],
        },
        { name: 'too long title', body: { ...workshop(), title: long(201) }, expect: ['title maxLength 200'] },
      ],
    },
    {
      route: 'PATCH /api/orgs/:orgId/workshops/:id',
      as: 'user',
      valid: workshopPatch,
      cases: [
        unknownField(workshopPatch()),
        {
          name: 'wrong types',
          body: { title: 1, anonymity: 'public', departments: ['sales'] },
          expect: ['title isString', 'anonymity isIn', 'departments isIn'],
        },
        { name: 'empty title', body: { title: '' }, expect: ['title isNotEmpty'] },
        { name: 'too long', body: { title: long(201) }, expect: ['title maxLength 200'] },
      ],
    },
    {
      route: 'PUT /api/orgs/:orgId/workshops/:id/state',
      as: 'user',
      valid: workshopState,
      cases: [
        unknownField(workshopState()),
        {
          name: 'wrong types',
          body: { currentQuestionIndex: '1', resultsVisible: 'yes', lockQuestionId: 5 },
          expect: ['currentQuestionIndex isInt', 'resultsVisible isBoolean', 'lockQuestionId isString'],
        },
        {
          name: 'out of range',
          body: { currentQuestionIndex: -1, timerSeconds: 3601 },
          expect: ['currentQuestionIndex min 0', 'timerSeconds max 3600'],
        },
        { name: 'too long', body: { unlockQuestionId: 'q'.repeat(81) }, expect: ['unlockQuestionId maxLength 80'] },
      ],
    },
    {
      // The value itself is checked against the question by the domain library (workshops.integration-spec.ts).
      route: 'PUT /api/orgs/:orgId/workshops/:id/agreed/:questionId',
      as: 'user',
      valid: agreed,
      cases: [unknownField(agreed())],
    },
    {
      route: 'POST /api/orgs/:orgId/workshops/:id/apply-to-assessment',
      as: 'user',
      valid: apply,
      cases: [
        unknownField(apply()),
        { name: 'missing assessment', body: {}, expect: ['assessmentId isUuid'] },
        { name: 'wrong type', body: { assessmentId: 42 }, expect: ['assessmentId isUuid'] },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/workshops/:id/join-as-member',
      as: 'user',
      valid: joinAsMember,
      cases: [
        unknownField(joinAsMember()),
        { name: 'missing department', body: {}, expect: ['department isIn'] },
        { name: 'wrong type', body: { department: ['ip'] }, expect: ['department isIn'] },
      ],
    },
    {
      // A live workshop's real code: only the body can be what is wrong.
      route: 'POST /api/public/workshops/join',
      as: 'anonymous',
      valid: joinByCode,
      cases: [
        unknownField(joinByCode()),
        { name: 'missing fields', body: {}, expect: ['code isString', 'department isIn'] },
        {
          name: 'wrong types',
          body: { code: 123456, department: 'sales', displayName: 7 },
          expect: ['code isString', 'department isIn', 'displayName isString'],
        },
        {
          name: 'bad code / too long name',
          body: { ...joinByCode(), code: 'AB-1', displayName: long(101) },
          expect: ['code matches', 'displayName maxLength 100'],
        },
        { name: 'bad device key', body: { ...joinByCode(), deviceKey: 'short' }, expect: ['deviceKey matches'] },
      ],
    },
    {
      route: 'POST /api/public/workshops/lookup',
      as: 'anonymous',
      valid: () => ({ code: f.users.ja?.joinCode ?? 'ABCDEF' }),
      cases: [
        unknownField({ code: f.users.ja?.joinCode ?? 'ABCDEF' }),
        { name: 'missing code', body: {}, expect: ['code isString'] },
        { name: 'bad code', body: { code: 'AB-1' }, expect: ['code matches'] },
      ],
    },
    {
      // With a valid participant token of a live workshop, so the body is what is judged.
      route: 'PUT /api/participant/answers/:questionId',
      as: 'participant',
      valid: participantAnswer,
      cases: [
        unknownField(participantAnswer()),
        { name: 'missing request id', body: { value: 2 }, expect: ['clientRequestId isUuid'] },
        { name: 'wrong type', body: { value: 2, clientRequestId: 42 }, expect: ['clientRequestId isUuid'] },
      ],
    },
  ];
}

interface Fixture {
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

describe('bad input: every body is validated, answered with field errors in the user’s language, and nothing is written', () => {
  let t: TestApp;
  let ctx: TestContext;
  let routes: RouteInfo[];
  let f: Fixture;
  let userIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    ctx = new TestContext(t.app);
    routes = listRoutes(t.app);
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
    f = { email, resetToken, users };
    userIds = [];
    for (const lang of ['ja', 'en'] as const) {
      const members = await users[lang].client.get(`/api/orgs/${users[lang].orgId}/members`);
      userIds.push(...(members.body.items as { userId: string }[]).map((m) => m.userId));
    }
  });
  afterAll(() => t.close());

  /** Every row this suite's users and organizations own, plus anything carrying this run's mark. */
  async function snapshot(): Promise<unknown> {
    const orgs = [f.users.ja.orgId, f.users.en.orgId];
    const like = `%${MARK}%`;
    const q = (sql: string, params: unknown[]) => t.db.query(sql, params) as Promise<unknown[]>;
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

  function caller(endpoint: Endpoint, lang: Lang): { client: Client; path: string; method: 'post' | 'patch' | 'put' } {
    const [method, pattern] = endpoint.route.split(' ');
    const u = f.users[lang];
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
    const client = endpoint.as === 'user' ? u.client : ctx.client(lang);
    // Sent on every request of this client (superagent agent defaults), including the raw broken-JSON one.
    if (endpoint.as === 'participant') client.agent.set('x-participant-token', u.participantToken);
    return { client, path, method: method.toLowerCase() as 'post' | 'patch' | 'put' };
  }

  // Built from a placeholder fixture: only the shape (routes, case names) is needed to declare the tests.
  const declared = endpoints({ email: '', resetToken: '', users: {} as Fixture['users'] });

  it('covers every route that takes a body', () => {
    expect(
      routes
        .filter((r) => r.takesBody)
        .map(key)
        .sort(),
    ).toEqual(declared.map((e) => e.route).sort());
  });

  describe.each(declared.map((e) => [e.route, e.cases.map((c) => c.name)] as const))('%s', (route, caseNames) => {
    const endpoint = () => endpoints(f).find((e) => e.route === route)!;

    it.each(caseNames)('%s → 400 VALIDATION_FAILED naming the fields, in ja and en, nothing written', async (name) => {
      const bad = endpoint().cases.find((c) => c.name === name)!;
      const before = await snapshot();
      for (const lang of ['ja', 'en'] as const) {
        const { client, path, method } = caller(endpoint(), lang);
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
      expect(await snapshot()).toEqual(before);
    });

    it('a body over the 1mb limit → 413 PAYLOAD_TOO_LARGE; broken JSON → 400 INVALID_JSON; nothing written', async () => {
      const before = await snapshot();
      for (const lang of ['ja', 'en'] as const) {
        const { client, path, method } = caller(endpoint(), lang);
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
      expect(await snapshot()).toEqual(before);
    });
  });

  // Public GET routes take no body; a path value outside its fixed list is judged the same way, before any query.
  it('GET /api/public/benchmark/:industry: a sector outside the TSE list → 400 naming the field, in ja and en, fast, nothing written', async () => {
    const before = await snapshot();
    for (const lang of ['ja', 'en'] as const) {
      for (const industry of ['9999', '00500', `${MARK}<script>`, 'x'.repeat(8_000)]) {
        const started = Date.now();
        const res = await ctx.client(lang).get(`/api/public/benchmark/${encodeURIComponent(industry)}`);
        expect(Date.now() - started).toBeLessThan(1_000);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
        expect(res.body.errors).toEqual([{ field: 'industry', code: 'isIn', message: FIELD_MESSAGES.isIn[lang]('') }]);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('sanity: the valid bodies do write (so “nothing written” above is meaningful)', async () => {
    const before = JSON.stringify(await snapshot());
    const { client, path, method } = caller(
      endpoints(f).find((e) => e.route === 'PATCH /api/orgs/:orgId')!,
      'ja',
    );
    expect((await client.send(method, path, { legalNameJa: `${MARK} 改名株式会社` })).status).toBe(200);
    expect(JSON.stringify(await snapshot())).not.toBe(before);
  });

  it('the reset token survived every bad attempt and still works once', async () => {
    const anon = ctx.client();
    expect(
      (await anon.post('/api/auth/password-reset/confirm', { token: f.resetToken, password: 'a brand new password' }))
        .status,
    ).toBe(204);
    expect(
      (await anon.post('/api/auth/password-reset/confirm', { token: f.resetToken, password: 'a brand new password' }))
        .status,
    ).toBe(400);
  });
});

import { type EndpointTable, MARK, unknownField, long } from './bad-input-harness';

/** Workshops: managing, running, agreeing, applying; joining by code; participants answering. */
export const workshopBodies: EndpointTable = (f) => {
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
      // The value itself is checked against the question by the domain library (workshop-management.integration-spec.ts).
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
          expect: ['code isJoinCode', 'displayName maxLength 100'],
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
        { name: 'bad code', body: { code: 'AB-1' }, expect: ['code isJoinCode'] },
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
};

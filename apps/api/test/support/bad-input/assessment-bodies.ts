import { type EndpointTable, MARK, unknownField, long } from './bad-input-harness';

/** Assessment rounds: starting, answering, planning, reviewing, assigning; benchmark participation. */
export const assessmentBodies: EndpointTable = () => {
  const start = () => ({ track: 'listed' });
  const answer = () => ({ value: 2, expectedVersion: 0 });
  const assign = () => ({ userId: null });
  const review = () => ({ decision: 'returned', comment: `${MARK} 根拠を添付してください`, answerVersion: 1 });
  return [
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
  ];
};

/**
 * Every organization-scoped route, with a body that would be valid for a member (so that a 404 can only come
 * from tenancy, never from validation). A new route under /orgs/:orgId fails this suite until it is listed.
 */
export const ORG_SCOPED_CASES: Record<
  string,
  {
    body?: Record<string, unknown>;
    disclosure?: true;
    draft?: true;
    question?: true;
    notification?: true;
    publication?: true;
    workshop?: true;
    stream?: true;
  }
> = {
  'GET /api/orgs/:orgId': {},
  'PATCH /api/orgs/:orgId': { body: { legalNameJa: '乗っ取り株式会社', fiscalYearEndMonth: 12 } },
  'GET /api/orgs/:orgId/audit': {},
  'GET /api/orgs/:orgId/members': {},
  'PATCH /api/orgs/:orgId/members/:userId': { body: { role: 'viewer' } },
  'DELETE /api/orgs/:orgId/members/:userId': {},
  'GET /api/orgs/:orgId/invitations': {},
  'POST /api/orgs/:orgId/invitations': { body: { email: 'intruder@example.test', role: 'owner' } },
  'DELETE /api/orgs/:orgId/invitations/:invitationId': {},
  'GET /api/orgs/:orgId/assessments': {},
  'POST /api/orgs/:orgId/assessments': { body: { track: 'listed' } },
  'GET /api/orgs/:orgId/assessments/:id': {},
  'PUT /api/orgs/:orgId/assessments/:id/answers/:questionId': { body: { value: 4, expectedVersion: 1 } },
  'PUT /api/orgs/:orgId/assessments/:id/assignments/:moduleId': { body: { userId: null } },
  'POST /api/orgs/:orgId/assessments/:id/submit': {},
  'POST /api/orgs/:orgId/assessments/:id/request-validation': {},
  'PUT /api/orgs/:orgId/assessments/:id/reviews/:questionId': { body: { decision: 'accepted', answerVersion: 1 } },
  'GET /api/orgs/:orgId/assessments/:id/results': {},
  'GET /api/orgs/:orgId/assessments/:id/compare/:otherId': {},
  'GET /api/orgs/:orgId/assessments/:id/export.csv': {},
  'GET /api/orgs/:orgId/assessments/:id/export.xlsx': {},
  'GET /api/orgs/:orgId/assessments/:id/export.pdf': {},
  'GET /api/orgs/:orgId/assessments/:id/planning': {},
  'PUT /api/orgs/:orgId/assessments/:id/planning': { body: { targets: { modules: { m1: 3 } } } },
  'GET /api/orgs/:orgId/assessments/:id/transfer.json': {},
  'GET /api/orgs/:orgId/assessments/:id/transfer.xlsx': {},
  // Multipart routes: refused by the access guard before the file is read, so a JSON body is enough here.
  'POST /api/orgs/:orgId/assessments/:id/import/preview': { body: {} },
  'POST /api/orgs/:orgId/assessments/:id/import': { body: {} },
  'GET /api/orgs/:orgId/assessments/:id/sme-report': {},
  'GET /api/orgs/:orgId/assessments/:id/bank-sheets.xlsx': {},
  'GET /api/orgs/:orgId/assessments/:id/bank-sheets.docx': {},
  'GET /api/orgs/:orgId/benchmark-participation': {},
  'PUT /api/orgs/:orgId/benchmark-participation': { body: { optedIn: true } },
  'GET /api/orgs/:orgId/assessments/:id/benchmark': {},
  // `disclosure`: :id and :otherId are A's disclosure scores. The upload route is refused by the access guard
  // before its multipart body is read, so a JSON body is enough here.
  'GET /api/orgs/:orgId/disclosures': {},
  'POST /api/orgs/:orgId/disclosures': {
    body: { title: '乗っ取り', documentType: 'other', text: '当社は知的財産を重要な経営資源と認識しています。' },
  },
  'POST /api/orgs/:orgId/disclosures/upload': { body: { title: '乗っ取り', documentType: 'other' } },
  'GET /api/orgs/:orgId/disclosures/:id': { disclosure: true },
  'GET /api/orgs/:orgId/disclosures/:id/compare/:otherId': { disclosure: true },
  'POST /api/orgs/:orgId/disclosures/:id/second-opinion': { disclosure: true, body: {} },
  'DELETE /api/orgs/:orgId/disclosures/:id': { disclosure: true },
  // `draft`: :id is A's published CG-report draft; `question`: :id is an investor's question to A.
  'GET /api/orgs/:orgId/company-facts': {},
  'PUT /api/orgs/:orgId/company-facts': { body: { facts: {}, expectedVersion: 0 } },
  'POST /api/orgs/:orgId/drafts': { body: { type: 'cg-report', language: 'ja' } },
  'GET /api/orgs/:orgId/drafts': {},
  'GET /api/orgs/:orgId/drafts/:id': { draft: true },
  'PUT /api/orgs/:orgId/drafts/:id/sections/:sectionId': {
    draft: true,
    body: { text: '乗っ取り', expectedVersion: 4 },
  },
  'GET /api/orgs/:orgId/drafts/:id/versions': { draft: true },
  'GET /api/orgs/:orgId/drafts/:id/versions/:a/diff/:b': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/comments': { draft: true, body: { sectionId: 'sp-3-1-3', body: '乗っ取り' } },
  'POST /api/orgs/:orgId/drafts/:id/submit-for-review': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/approve': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/request-changes': { draft: true, body: { comment: '乗っ取り' } },
  'POST /api/orgs/:orgId/drafts/:id/publish': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/unpublish': { draft: true },
  // `notification`: :id is a notification of A's owner (the investor's question).
  'GET /api/orgs/:orgId/notifications': {},
  'POST /api/orgs/:orgId/notifications/read-all': {},
  'POST /api/orgs/:orgId/notifications/:id/read': { notification: true },
  'GET /api/orgs/:orgId/drafts/:id/export.docx': { draft: true },
  'GET /api/orgs/:orgId/drafts/:id/export.pdf': { draft: true },
  'GET /api/orgs/:orgId/drafts/:id/export.md': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/sections/:sectionId/ai-rewrite': { draft: true, body: {} },
  'GET /api/orgs/:orgId/questions': {},
  'POST /api/orgs/:orgId/questions/:id/answer': { question: true, body: { body: '乗っ取り', makePublic: true } },
  'GET /api/orgs/:orgId/questions/summary': {},
  'DELETE /api/orgs/:orgId/questions/:id/answer': { question: true },
  // `publication`: :id is A's publication (renaming what investors read).
  'PATCH /api/orgs/:orgId/publications/:id': { publication: true, body: { title: '乗っ取り' } },
  // `workshop`: :id is A's live workshop; `stream`: an event stream, read up to its first event.
  'GET /api/orgs/:orgId/workshops': {},
  'POST /api/orgs/:orgId/workshops': {
    body: {
      title: '乗っ取り',
      modules: ['m9'],
      departments: ['ip'],
      anonymity: 'named',
      scheduledAt: '2026-12-10T10:00:00Z',
    },
  },
  'GET /api/orgs/:orgId/workshops/:id': { workshop: true },
  'PATCH /api/orgs/:orgId/workshops/:id': { workshop: true, body: { title: '乗っ取り' } },
  'DELETE /api/orgs/:orgId/workshops/:id': { workshop: true },
  'POST /api/orgs/:orgId/workshops/:id/start': { workshop: true },
  'POST /api/orgs/:orgId/workshops/:id/close': { workshop: true },
  'POST /api/orgs/:orgId/workshops/:id/reopen': { workshop: true },
  'PUT /api/orgs/:orgId/workshops/:id/state': { workshop: true, body: { resultsVisible: true } },
  'GET /api/orgs/:orgId/workshops/:id/results': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/report.pdf': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/report.docx': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/responses.csv': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/responses.xlsx': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/events': { workshop: true, stream: true },
  'PUT /api/orgs/:orgId/workshops/:id/agreed/:questionId': { workshop: true, body: { value: 2 } },
  'POST /api/orgs/:orgId/workshops/:id/apply-to-assessment': {
    workshop: true,
    body: { assessmentId: '00000000-0000-4000-8000-000000000000' },
  },
  'POST /api/orgs/:orgId/workshops/:id/join-as-member': { workshop: true, body: { department: 'ip' } },
};

/** A's assessment rounds and the ids the assessment routes take. */
export const ASSESSMENT_PARAMS = { questionId: 'sme-strengths.written-down', moduleId: 'sme-strengths' };
/** A section of A's CG-report draft and the versions the diff route compares. */
export const DRAFT_PARAMS = { sectionId: 'sp-3-1-3', a: '1', b: '2' };

type Params = Record<string, string>;

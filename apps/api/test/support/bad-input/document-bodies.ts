import { type EndpointTable, MARK, unknownField, long } from './bad-input-harness';

/** Disclosures, company facts, drafts and the investor dialogue (questions, answers, publications). */
export const documentBodies: EndpointTable = () => {
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
  return [
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
      // Multipart in real use (see disclosure-uploads.integration-spec.ts); its fields are validated the same way.
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
      // An investor's own check: validated before the service asks who is calling (a company account here).
      route: 'POST /api/me/disclosure-checks',
      as: 'user',
      valid: disclosure,
      cases: [
        unknownField(disclosure()),
        { name: 'missing fields', body: {}, expect: ['documentType isIn', 'text isString'] },
        {
          name: 'wrong types',
          body: { ...disclosure(), text: 42, documentType: 'novel', language: 'fr', submissionId: 'x' },
          expect: ['text isString', 'documentType isIn', 'language isIn', 'submissionId isUuid'],
        },
        {
          name: 'too long',
          body: { ...disclosure(), title: long(201), companyName: long(121), text: long(200_001) },
          expect: ['title maxLength 200', 'companyName maxLength 120', 'text maxLength 200000'],
        },
      ],
    },
    {
      route: 'POST /api/me/disclosure-checks/upload',
      as: 'user',
      valid: uploadFields,
      cases: [
        unknownField(uploadFields()),
        { name: 'missing type', body: { title: 't' }, expect: ['documentType isIn'] },
        {
          name: 'wrong types',
          body: { ...uploadFields(), documentType: 'novel', language: 1, submissionId: 'x' },
          expect: ['documentType isIn', 'language isIn', 'submissionId isUuid'],
        },
      ],
    },
    {
      // The facts themselves are checked field by field in the service (company-facts.integration-spec.ts).
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
  ];
};

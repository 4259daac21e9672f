import { buildSmeReport, type Answers } from '@ipgn/assessment';
import { ORG_ID } from '../../../testing/fixtures';
import { describeCheckedCalls, without } from '../../../testing/checked-calls';
import { smeApi } from './sme-api';

const ID = 'a-1';
const PROFILE = { listingStatus: 'unlisted', companySize: 'sme' } as const;
const ANSWERS: Answers = {
  'sme-strengths.why-customers': '短い納期と難しい加工',
  'sme-secrets.has-secret': 'yes',
  'sme-secrets.marked': 0,
  'sme-deals.drawing-requests': 'often',
  'sme-deals.drawing-terms': 'free',
  'sme-brand.trademark': 'all-main',
};
// What the API sends: the library's own report (so the schema is checked against the real builder's output).
const report = buildSmeReport({ answers: ANSWERS, profile: PROFILE, prefecture: '23' });
const withoutPrefecture = buildSmeReport({ answers: {}, profile: PROFILE, prefecture: null });

describe('SME report answer, checked by its schema', () => {
  it('is built with strengths, exposures and free help (the fixtures exercise every part of the schema)', () => {
    expect(report.strengths.length).toBeGreaterThan(0);
    expect(report.exposures.length).toBeGreaterThan(0);
    expect(report.support.contacts.length).toBeGreaterThan(0);
  });

  describeCheckedCalls([
    {
      name: 'report',
      route: `GET /api/orgs/${ORG_ID}/assessments/${ID}/sme-report`,
      call: (client) => smeApi.report(client, ORG_ID, ID),
      answer: report,
      drifted: { ...report, nextSteps: report.nextSteps.slice(0, 2) },
      driftPath: 'nextSteps',
    },
    {
      name: 'report without a prefecture',
      route: `GET /api/orgs/${ORG_ID}/assessments/${ID}/sme-report`,
      call: (client) => smeApi.report(client, ORG_ID, ID),
      answer: withoutPrefecture,
      drifted: { ...withoutPrefecture, support: without(withoutPrefecture.support, 'prefecture') },
      driftPath: 'support.prefecture',
    },
  ]);
});

import { screen, within } from '@testing-library/react';
import { BANK_VERSION, buildSmeReport, scoreAssessment, type Answers, type AssessmentDetail } from '@ipgn/assessment';
import { createMockApi, json, page } from '../../../testing/mock-api';
import { anOrganization, aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const ID = '66666666-6666-4666-8666-666666666666';
const PROFILE = { listingStatus: 'unlisted', companySize: 'sme' } as const;
const ANSWERS: Answers = {
  'sme-strengths.why-customers': '短い納期と難しい加工',
  'sme-secrets.has-secret': 'yes',
  'sme-secrets.marked': 0,
  'sme-deals.drawing-requests': 'often',
  'sme-deals.drawing-terms': 'free',
  'sme-brand.trademark': 'all-main',
};

function detail(): AssessmentDetail {
  return {
    id: ID,
    track: 'sme',
    bankVersion: BANK_VERSION,
    round: 1,
    status: 'submitted',
    copiedFrom: null,
    createdBy: null,
    createdAt: '2026-12-01T00:00:00.000Z',
    submittedAt: '2026-12-01T01:00:00.000Z',
    submittedBy: null,
    progress: { answered: 6, visible: 16, ratio: 0.4 },
    profile: PROFILE,
    answers: [],
    assignments: [],
    progressDetail: { overall: { answered: 0, visible: 0, ratio: 0 }, modules: [] },
    visibleQuestionIds: [],
    validation: {
      requested: false,
      requestedAt: null,
      items: [],
      counts: { pending: 0, accepted: 0, returned: 0 },
      complete: true,
    },
  };
}

describe('SME results', () => {
  it('starts from the owner’s words, shows exposure, exactly three steps and the prefecture’s free help, and no listed metric', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('owner')),
      [`GET /api/orgs/${ORG_ID}`]: json(
        200,
        anOrganization({ listingStatus: 'unlisted', companySize: 'sme', prefecture: '23' }),
      ),
      [`GET /api/orgs/${ORG_ID}/assessments`]: json(200, page([])),
      [`GET /api/orgs/${ORG_ID}/assessments/${ID}`]: json(200, detail()),
      [`GET /api/orgs/${ORG_ID}/assessments/${ID}/results`]: json(
        200,
        scoreAssessment({ track: 'sme', answers: ANSWERS, profile: PROFILE }),
      ),
      [`GET /api/orgs/${ORG_ID}/assessments/${ID}/sme-report`]: json(
        200,
        buildSmeReport({ answers: ANSWERS, profile: PROFILE, prefecture: '23' }),
      ),
    });
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}/results`);

    // The results page is a lazy chunk with the chart library: give it time to load on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'チェックの結果' }, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('短い納期と難しい加工')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /目的も代金も決めずに渡している図面/ })).toBeInTheDocument();
    const steps = within(screen.getByTestId('sme-next-steps')).getAllByRole('heading', { level: 3 });
    expect(steps).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 2, name: '愛知県で無料で相談できる窓口' })).toBeInTheDocument();
    // The results PDF the API builds for an SME round is offered on the page.
    expect(screen.getByRole('link', { name: 'この結果をPDFで保存する' })).toHaveAttribute(
      'href',
      `/api/orgs/${ORG_ID}/assessments/${ID}/export.pdf`,
    );
    expect(screen.getByRole('link', { name: '経営デザインシート・ロカベン（Excel）を書き出す' })).toHaveAttribute(
      'href',
      `/api/orgs/${ORG_ID}/assessments/${ID}/bank-sheets.xlsx`,
    );
    // Each answer an exposure rests on is its own list item, never joined with a separator after its "。".
    const sources = screen.getAllByRole('list', { name: 'もとにした答え：' });
    expect(sources).toHaveLength(
      screen.getAllByRole('heading', { level: 3, name: /^(急ぎ|早めに|気にかけて) / }).length,
    );
    for (const list of sources) {
      const items = within(list).getAllByRole('listitem');
      expect(within(list).getAllByRole('link')).toHaveLength(items.length);
      expect(list.textContent).not.toContain('。、');
    }
    const text = document.body.textContent ?? '';
    for (const listed of ['PBR', '時価総額', '2035', '取締役会', 'high']) expect(text).not.toContain(listed);
  });
});

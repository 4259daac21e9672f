import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMockApi, json } from '../../../testing/mock-api';
import { anAssessmentDetail, anOrganization, aUser } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const NEW_ID = '44444444-4444-4444-8444-444444444444';
const ROUND_ID = '55555555-5555-4555-8555-555555555555';

describe('SME path: company form into the check', () => {
  it('asks four things, creates an unlisted SME and opens its first SME round', async () => {
    let createdYet = false;
    const created = anOrganization({
      id: NEW_ID,
      legalNameJa: '株式会社山田製作所',
      listingStatus: 'unlisted',
      companySize: 'sme',
      prefecture: '23',
      employeeCount: 48,
      sellsAbroad: true,
    });
    const api = createMockApi({
      'GET /api/auth/me': () =>
        json(
          200,
          createdYet
            ? aUser('owner', {
                memberships: [
                  { organizationId: NEW_ID, organizationName: '株式会社山田製作所', slug: 'x', role: 'owner' },
                ],
                lastOrganizationId: NEW_ID,
              })
            : aUser('owner', { memberships: [], lastOrganizationId: null }),
        ),
      'POST /api/organizations': () => {
        createdYet = true;
        return json(201, created);
      },
      [`POST /api/orgs/${NEW_ID}/assessments`]: json(
        201,
        anAssessmentDetail({ id: ROUND_ID, track: 'sme', profile: { listingStatus: 'unlisted', companySize: 'sme' } }),
      ),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, '/organizations/new?track=sme');

    // Lazy page chunk: give it time on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'あなたの会社について' }, { timeout: 15000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'チェックを始める（約20分）' }));
    expect(screen.getByLabelText(/本社のある都道府県/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST /api/organizations')).toHaveLength(0);

    await user.type(screen.getByLabelText(/会社名/), ' 株式会社山田製作所 ');
    await user.selectOptions(screen.getByLabelText(/本社のある都道府県/), '愛知県');
    await user.type(screen.getByLabelText('従業員数（人）'), '48');
    await user.click(screen.getByRole('radio', { name: '売っている・売りたい' }));
    await user.click(screen.getByRole('button', { name: 'チェックを始める（約20分）' }));

    await waitFor(() => expect(location.pathname).toBe(`/o/${NEW_ID}/assessments/${ROUND_ID}`));
    expect(api.callsTo('POST /api/organizations')[0].body).toEqual({
      legalNameJa: '株式会社山田製作所',
      listingStatus: 'unlisted',
      companySize: 'sme',
      prefecture: '23',
      employeeCount: 48,
      sellsAbroad: true,
    });
    expect(api.callsTo(`POST /api/orgs/${NEW_ID}/assessments`)[0].body).toEqual({ track: 'sme' });
  });

  it('the SME sign-up asks no organization name and no account type, and says what comes next', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: '' }),
    });
    renderApp(api, '/sign-up?track=sme');
    expect(await screen.findByText(/会社のことを4つだけ伺い/, {}, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.queryByLabelText(/組織の正式名称/)).not.toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /投資家/ })).not.toBeInTheDocument();
  });
});

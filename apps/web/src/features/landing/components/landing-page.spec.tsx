import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { anOrganization, aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

describe('LandingPage', () => {
  const signedOut = () =>
    createMockApi({ 'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください') });

  it('tells a signed-out visitor what the product does for each audience, each with its next step', async () => {
    renderApp(signedOut(), '/');
    expect(
      await screen.findByRole('heading', { level: 1, name: '知財・無形資産を、投資家と金融機関に伝わる言葉に' }),
    ).toBeInTheDocument();
    const cards = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(cards).toHaveLength(4);
    expect(within(cards[0]).getByRole('link', { name: '中小企業向けチェックを始める' })).toHaveAttribute(
      'href',
      '/sign-up?track=sme',
    );
    // The listed-company card carries its path into the sign-up, so the organization starts listed (walk P2-5).
    expect(within(cards[1]).getByRole('link', { name: '無料で登録する' })).toHaveAttribute(
      'href',
      '/sign-up?track=listed',
    );
    expect(within(cards[2]).getByRole('link', { name: '公開されている企業の開示を見る' })).toHaveAttribute(
      'href',
      '/companies',
    );
    // …and an investor account, for checking the texts one reads oneself.
    expect(
      within(cards[2]).getByRole('link', { name: '投資家として登録し、読んだ開示を自分でチェックする' }),
    ).toHaveAttribute('href', '/sign-up?track=investor');
    // The published company pages are one click away from every page's header too.
    expect(
      within(screen.getByRole('navigation', { name: 'サイト' })).getByRole('link', { name: '企業の開示を見る' }),
    ).toHaveAttribute('href', '/companies');
  });

  it('speaks English when the visitor chose English', async () => {
    renderApp(signedOut(), '/', 'en');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Put your IP and intangibles into words/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse published company disclosures' })).toBeInTheDocument();
  });

  it('sends a signed-in user to their organization instead', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('owner')),
      [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization()),
    });
    const { location } = renderApp(api, '/');
    await waitFor(() => expect(location.pathname).toBe(`/o/${ORG_ID}`));
    expect(
      screen.queryByRole('heading', { name: '知財・無形資産を、投資家と金融機関に伝わる言葉に' }),
    ).not.toBeInTheDocument();
  });

  it('lets the visitor go on to sign up for the SME check', async () => {
    const user = userEvent.setup();
    const { location } = renderApp(signedOut(), '/');
    await user.click(await screen.findByRole('link', { name: '中小企業向けチェックを始める' }));
    await waitFor(() => expect(location.pathname).toBe('/sign-up'));
    expect(location.search).toBe('?track=sme');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NotificationList } from '@ipgn/contracts';
import { createMockApi, json } from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const list: NotificationList = {
  unread: 2,
  items: [
    {
      id: 'n-2',
      kind: 'review_requested',
      draftId: 'd-1',
      title: 'CG報告書 記載案',
      actorName: '佐藤',
      createdAt: '2026-12-01T10:00:00.000Z',
      readAt: null,
    },
    {
      id: 'n-1',
      kind: 'question_asked',
      draftId: null,
      title: '統合報告書',
      actorName: null,
      createdAt: '2026-12-01T09:00:00.000Z',
      readAt: null,
    },
  ],
};

describe('NotificationBell', () => {
  it('shows the unread count, lists what happened, and marks an item read when it is opened', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('reviewer')),
      [`GET /api/orgs/${ORG_ID}/notifications`]: json(200, list),
      [`POST /api/orgs/${ORG_ID}/notifications/n-1/read`]: json(200, {
        ...list.items[1],
        readAt: '2026-12-01T11:00:00.000Z',
      }),
      [`POST /api/orgs/${ORG_ID}/notifications/read-all`]: json(200, { unread: 0, items: list.items }),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}`);

    const bell = await screen.findByRole('button', { name: 'お知らせ 未読 2 件' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await user.click(bell);
    const panel = screen.getByRole('region', { name: 'お知らせ' });
    expect(panel).toHaveFocus();
    const links = within(panel).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      '未読：佐藤 さんから「CG報告書 記載案」のレビュー依頼',
      '未読：「統合報告書」に投資家から新しい質問',
    ]);
    expect(links[0]).toHaveAttribute('href', `/o/${ORG_ID}/drafts/d-1`);
    // When, in Japan time with its zone (10:00 and 09:00 UTC), as every screen and export shows times.
    expect(panel).toHaveTextContent('2026-12-01 19:00 JST');
    expect(panel).toHaveTextContent('2026-12-01 18:00 JST');

    await user.click(within(panel).getByRole('button', { name: 'すべて既読にする' }));
    await waitFor(() => expect(api.callsTo(`POST /api/orgs/${ORG_ID}/notifications/read-all`)).toHaveLength(1));
    await user.click(links[1]);
    await waitFor(() => expect(api.callsTo(`POST /api/orgs/${ORG_ID}/notifications/n-1/read`)).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'お知らせ' })).not.toBeInTheDocument();
  });

  it('closes with Escape and returns focus to the bell', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('viewer')),
      [`GET /api/orgs/${ORG_ID}/notifications`]: json(200, { unread: 0, items: [] }),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}`);
    const bell = await screen.findByRole('button', { name: 'お知らせ 未読なし' });
    await user.click(bell);
    expect(screen.getByText('お知らせはありません。')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'お知らせ' })).not.toBeInTheDocument();
    expect(bell).toHaveFocus();
  });

  // axe's label-content-name-mismatch: the text seen on the button (the count) must be in its name, and axe drops
  // anything in parentheses before it looks — 「お知らせ（未読 2 件）」 did not contain "2" for it.
  const withoutParentheses = (name: string) => name.normalize('NFKC').replace(/\([^()]*\)/g, '');

  it.each([
    ['ja', 2, '2', 'お知らせ 未読 2 件'],
    ['ja', 150, '99+', 'お知らせ 未読 99+ 件'],
    ['en', 2, '2', 'Notifications: 2 unread'],
  ] as const)('names the bell with the count it shows (%s, %i unread)', async (locale, unread, shown, name) => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('viewer', { locale })),
      [`GET /api/orgs/${ORG_ID}/notifications`]: json(200, { ...list, unread }),
    });
    renderApp(api, `/o/${ORG_ID}`, locale);
    const bell = await screen.findByRole('button', { name });
    expect(within(bell).getByTestId('notification-count')).toHaveTextContent(shown);
    expect(withoutParentheses(bell.getAttribute('aria-label') ?? '')).toContain(shown);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CreatedInvitation, OrganizationRole } from '@ipgn/contracts';
import { apiError, createMockApi, json, page } from '../../../testing/mock-api';
import { aMember, aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const members = [
  aMember('user-1', '山田花子', 'owner', 'hanako@example.jp'),
  aMember('user-2', '佐藤一郎', 'owner'),
  aMember('user-3', '鈴木次郎', 'contributor'),
];

function apiFor(role: OrganizationRole) {
  return createMockApi({
    'GET /api/auth/me': json(200, aUser(role)),
    [`GET /api/orgs/${ORG_ID}/members`]: json(200, page(members)),
    [`GET /api/orgs/${ORG_ID}/invitations`]: json(
      200,
      page([
        {
          id: 'inv-1',
          email: 'pending@example.jp',
          role: 'viewer',
          invitedBy: { userId: 'user-1', displayName: '山田花子' },
          createdAt: '2026-11-20T00:00:00.000Z',
          expiresAt: '2026-12-04T00:00:00.000Z',
          status: 'pending',
        },
        {
          id: 'inv-2',
          email: 'done@example.jp',
          role: 'viewer',
          invitedBy: null,
          createdAt: '2026-11-20T00:00:00.000Z',
          expiresAt: '2026-12-04T00:00:00.000Z',
          status: 'accepted',
        },
      ]),
    ),
  });
}

describe('MembersPage', () => {
  it('a viewer sees members and roles but no invite form, role selects or remove buttons', async () => {
    renderApp(apiFor('viewer'), `/o/${ORG_ID}/members`);

    expect(await screen.findByText('鈴木次郎')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'メンバーを招待' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /削除/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /の役割/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /取り消す/ })).not.toBeInTheDocument();
    expect(screen.getAllByTestId('member-role').map((e) => e.textContent)).toEqual([
      '役割: オーナー',
      '役割: オーナー',
      '役割: 担当者',
    ]);
    // Audit log is for owners and admins only.
    expect(screen.queryByRole('link', { name: '監査ログ' })).not.toBeInTheDocument();
  });

  it('an admin may manage non-owners only, and may not hand out the owner role', async () => {
    renderApp(apiFor('admin'), `/o/${ORG_ID}/members`);

    const select = await screen.findByRole('combobox', { name: '鈴木次郎 の役割' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['admin', 'contributor', 'reviewer', 'advisor', 'viewer']);
    // The other owner is out of an admin's reach; the user's own row too.
    expect(screen.queryByRole('combobox', { name: '佐藤一郎 の役割' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '佐藤一郎 を削除' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '山田花子 の役割' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '鈴木次郎 を削除' })).toBeInTheDocument();
    const inviteRole = screen.getByRole('combobox', { name: '役割' });
    expect(within(inviteRole).queryByRole('option', { name: 'オーナー' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '監査ログ' })).toBeInTheDocument();
  });

  it('an owner changes a role, with a confirmation message', async () => {
    const api = apiFor('owner');
    api.on(`PATCH /api/orgs/${ORG_ID}/members/user-3`, (call) =>
      json(200, { ...members[2], role: (call.body as { role: OrganizationRole }).role }),
    );
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/members`);

    await user.selectOptions(await screen.findByRole('combobox', { name: '鈴木次郎 の役割' }), 'reviewer');
    await user.click(screen.getByRole('button', { name: '鈴木次郎 の役割を変更' }));

    const done = await screen.findByText('鈴木次郎 の役割を「レビュアー」に変更しました。');
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(api.callsTo(`PATCH /api/orgs/${ORG_ID}/members/user-3`)[0].body).toEqual({ role: 'reviewer' });
    expect(screen.getByRole('combobox', { name: '鈴木次郎 の役割' })).toHaveValue('reviewer');
  });

  it('removing a member asks first, and cancelling sends nothing', async () => {
    const api = apiFor('owner');
    api.on(`DELETE /api/orgs/${ORG_ID}/members/user-3`, json(204));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/members`);

    await user.click(await screen.findByRole('button', { name: '鈴木次郎 を削除' }));
    expect(screen.getByText('鈴木次郎 をこの組織から削除しますか？')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '削除する' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'キャンセル' }));
    expect(api.callsTo(`DELETE /api/orgs/${ORG_ID}/members/user-3`)).toHaveLength(0);
    expect(screen.getByRole('button', { name: '鈴木次郎 を削除' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: '鈴木次郎 を削除' }));
    await user.click(screen.getByRole('button', { name: '削除する' }));
    await waitFor(() => expect(screen.queryByText('鈴木次郎')).not.toBeInTheDocument());
    expect(api.callsTo(`DELETE /api/orgs/${ORG_ID}/members/user-3`)).toHaveLength(1);
    expect(screen.getByText('鈴木次郎 を組織から削除しました。')).toBeInTheDocument();
  });

  it('shows the API refusal when a removal is forbidden', async () => {
    const api = apiFor('owner');
    api.on(
      `DELETE /api/orgs/${ORG_ID}/members/user-2`,
      apiError(403, 'LAST_OWNER', '最後のオーナーは削除できません。'),
    );
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/members`);

    await user.click(await screen.findByRole('button', { name: '佐藤一郎 を削除' }));
    await user.click(screen.getByRole('button', { name: '削除する' }));
    const refusal = await screen.findByText('最後のオーナーは削除できません。');
    expect(refusal.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByText('佐藤一郎')).toBeInTheDocument();
  });

  it('invites by e-mail with a role and shows the returned link to copy; lists only pending invitations', async () => {
    const api = apiFor('owner');
    const created: CreatedInvitation = {
      id: 'inv-3',
      email: 'new@example.jp',
      role: 'advisor',
      invitedBy: { userId: 'user-1', displayName: '山田花子' },
      createdAt: '2026-11-25T00:00:00.000Z',
      expiresAt: '2026-12-09T00:00:00.000Z',
      status: 'pending',
      acceptUrl: 'http://127.0.0.1:4310/invitations/tok-abc',
    };
    api.on(`POST /api/orgs/${ORG_ID}/invitations`, json(201, created));
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/members`);

    const pending = await screen.findByRole('region', { name: '招待中' });
    expect(await within(pending).findByText('pending@example.jp')).toBeInTheDocument();
    expect(within(pending).queryByText('done@example.jp')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/招待する人のメールアドレス/), 'new@example.jp');
    await user.selectOptions(screen.getByRole('combobox', { name: '役割' }), 'advisor');
    await user.click(screen.getByRole('button', { name: '招待リンクを作成' }));

    const link = await screen.findByLabelText('招待リンク');
    expect(link).toHaveValue('http://127.0.0.1:4310/invitations/tok-abc');
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/invitations`)[0].body).toEqual({
      email: 'new@example.jp',
      role: 'advisor',
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'リンクをコピー' }));
    expect(writeText).toHaveBeenCalledWith('http://127.0.0.1:4310/invitations/tok-abc');
    expect(await screen.findByText('リンクをコピーしました。')).toBeInTheDocument();
  });

  it('shows the invite field error from the API next to the e-mail field', async () => {
    const api = apiFor('owner');
    api.on(
      `POST /api/orgs/${ORG_ID}/invitations`,
      apiError(400, 'ALREADY_MEMBER', 'この人はすでにメンバーです。', [
        { field: 'email', code: 'alreadyMember', message: 'すでにメンバーです。' },
      ]),
    );
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/members`);

    const email = await screen.findByLabelText(/招待する人のメールアドレス/);
    await user.type(email, 'hanako@example.jp');
    await user.click(screen.getByRole('button', { name: '招待リンクを作成' }));

    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('すでにメンバーです。');
    expect(email).toHaveValue('hanako@example.jp');
  });
});

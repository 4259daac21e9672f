import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import { ORG_ID, aUser, anOrganization } from '../../../testing/fixtures';
import type { WorkshopView } from '@ipgn/workshops';

const TOKEN = 'b'.repeat(43);

const live: WorkshopView = {
  id: 'w-live',
  title: '経営と知財の対話',
  questionIds: ['q1'],
  departments: ['executive', 'ip'],
  anonymity: 'named',
  scheduledAt: '2026-12-10T01:00:00.000Z',
  status: 'live',
  currentQuestionIndex: 0,
  resultsVisible: false,
  lockedQuestionIds: [],
  publishedQuestionIds: [],
  timerEndsAt: null,
  joinCode: 'K7QX2M',
  agreedAnswers: [],
  participants: { total: 2, byDepartment: [] },
  createdAt: '2026-12-01T00:00:00.000Z',
  startedAt: '2026-12-10T01:00:00.000Z',
  closedAt: null,
};
const draft: WorkshopView = {
  ...live,
  id: 'w-draft',
  title: '準備中の回',
  status: 'draft',
  startedAt: null,
  joinCode: 'ABCDEF',
};

describe('Workshops page', () => {
  afterEach(() => localStorage.clear());

  it('lets a signed-in member join a live workshop as themselves and keeps the participant token', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('reviewer')),
      [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization()),
      [`GET /api/orgs/${ORG_ID}/workshops`]: json(200, [live, draft]),
      [`POST /api/orgs/${ORG_ID}/workshops/w-live/join-as-member`]: json(201, {
        participantToken: TOKEN,
        expiresAt: '2099-01-01T00:00:00.000Z',
        workshop: { id: 'w-live', title: live.title },
        department: 'ip',
        rejoined: false,
      }),
      'GET /api/participant/workshop': json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: '' }),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, `/o/${ORG_ID}/workshops`);

    // Only the live workshop offers joining.
    const forms = await screen.findAllByRole('form', { name: '自分として回答する' });
    expect(forms).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText(/あなたの部門/), '知財部門');
    await user.click(screen.getByRole('button', { name: '自分として参加する' }));

    await waitFor(() => expect(location.pathname).toBe('/participate'));
    const call = api.callsTo(`POST /api/orgs/${ORG_ID}/workshops/w-live/join-as-member`)[0];
    expect(call.body).toEqual({ department: 'ip', deviceKey: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) });
    expect(call.headers['X-CSRF-Token']).toBeDefined();
    expect(JSON.parse(localStorage.getItem('ipgn.workshopParticipant') ?? '{}')).toMatchObject({
      token: TOKEN,
      workshopId: 'w-live',
    });
  });

  it('creates a workshop: its own rules and the API’s field messages beside the fields, typed text kept, one request', async () => {
    const create = `POST /api/orgs/${ORG_ID}/workshops`;
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('owner')),
      [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization()),
      [`GET /api/orgs/${ORG_ID}/workshops`]: json(200, []),
      [create]: apiError(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', [
        { field: 'title', code: 'maxLength', message: 'タイトルは200文字以内で入力してください。' },
      ]),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/workshops`);

    // The form loads after the page (its own chunk).
    const title = await screen.findByLabelText(/タイトル/);
    const departments = screen.getByRole('group', { name: '参加する部門' });
    for (const box of within(departments).getAllByRole('checkbox', { checked: true })) await user.click(box);
    await user.click(screen.getByRole('button', { name: '作成する' }));

    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/タイトルを入力してください。/);
    const executive = within(departments).getByRole('checkbox', { name: '経営層' });
    expect(executive).toHaveAttribute('aria-invalid', 'true');
    expect(executive).toHaveAccessibleDescription(/部門を1つ以上選んでください。/);
    expect(screen.getByLabelText(/実施日時/)).toHaveAccessibleDescription(/実施日時を入力してください。/);
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('入力内容を確認してください。'))).toBe(
      true,
    );
    expect(api.callsTo(create)).toHaveLength(0);

    await user.type(title, '知財と経営の対話');
    await user.click(within(departments).getByRole('checkbox', { name: '知財部門' }));
    fireEvent.change(screen.getByLabelText(/実施日時/), { target: { value: '2026-12-10T10:00' } });
    const form = title.closest('form') as HTMLFormElement;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(title).toHaveAccessibleDescription(/タイトルは200文字以内で入力してください。/));
    expect(title).toHaveValue('知財と経営の対話');
    expect(api.callsTo(create)).toHaveLength(1);
    expect(api.callsTo(create)[0].body).toMatchObject({
      title: '知財と経営の対話',
      modules: ['m9'],
      departments: ['ip'],
      anonymity: 'anonymous',
      // Typed as Japan's time (the label says 日本時間), whatever the browser's zone: 10:00 JST is 01:00 UTC.
      scheduledAt: '2026-12-10T01:00:00.000Z',
    });
  });
});

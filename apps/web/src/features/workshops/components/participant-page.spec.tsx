import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getBank, type MaturityQuestion } from '@ipgn/assessment';
import { createMockApi, json, type MockApi } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import type { ParticipantWorkshopView } from '@ipgn/workshops';

const question = (getBank()?.questions ?? []).find(
  (q): q is MaturityQuestion => q.module === 'm9' && q.type === 'maturity',
) as MaturityQuestion;
const TOKEN = 'a'.repeat(43);

const view: ParticipantWorkshopView = {
  workshop: { id: 'w-1', title: '経営と知財の対話', anonymity: 'anonymous' },
  you: { department: 'ip', displayName: null },
  state: {
    status: 'live',
    currentQuestionIndex: 0,
    currentQuestionId: question.id,
    questionCount: 3,
    resultsVisible: false,
    lockedQuestionIds: [],
    timerEndsAt: null,
    serverNow: '2026-12-10T01:00:00.000Z',
  },
  currentQuestion: { ...question, locked: false },
  answers: [],
};

/** Routes fetch to the mock API; the participant event stream stays open and silent. */
function installFetch(api: MockApi) {
  const original = globalThis.fetch;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) === '/api/participant/events') {
      const body = { getReader: () => ({ read: () => new Promise<never>(() => undefined) }) };
      return Promise.resolve({ ok: true, status: 200, body } as unknown as Response);
    }
    return api.fetch(input, init);
  }) as typeof fetch;
  return () => {
    globalThis.fetch = original;
  };
}

describe('Workshop participant screens', () => {
  let restore: () => void = () => undefined;
  afterEach(() => {
    restore();
    localStorage.clear();
  });

  it('joins by the code from the QR link, keeps the token in localStorage (shared by its tabs) and sends it as X-Participant-Token', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in' }),
      'POST /api/public/workshops/lookup': json(200, {
        status: 'live',
        title: '経営と知財の対話',
        anonymity: 'anonymous',
        departments: ['executive', 'ip'],
      }),
      'POST /api/public/workshops/join': json(201, {
        participantToken: TOKEN,
        expiresAt: '2099-01-01T00:00:00.000Z',
        workshop: { id: 'w-1', title: '経営と知財の対話' },
        department: 'ip',
        rejoined: false,
      }),
      'GET /api/participant/workshop': json(200, view),
    });
    restore = installFetch(api);
    const user = userEvent.setup();
    const { location } = renderApp(api, '/join/k7qx2m');

    expect(await screen.findByLabelText(/参加コード/)).toHaveValue('K7QX2M');
    // Only the workshop's departments; anonymous: said so, and no name asked.
    const department = await screen.findByLabelText(/あなたの部門/);
    expect([...department.querySelectorAll('option')].map((o) => o.textContent).filter(Boolean)).toEqual([
      '経営層',
      '知財部門',
    ]);
    expect(screen.getByText(/このワークショップは匿名です/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/お名前/)).not.toBeInTheDocument();
    await user.selectOptions(department, '知財部門');
    await user.click(screen.getByRole('button', { name: '参加する' }));

    expect(await screen.findByRole('heading', { level: 2, name: question.prompt.ja })).toBeInTheDocument();
    expect(location.pathname).toBe('/participate');
    expect(api.callsTo('POST /api/public/workshops/join')[0].body).toEqual({
      code: 'K7QX2M',
      department: 'ip',
      deviceKey: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
    });
    expect(api.callsTo('POST /api/public/workshops/join')[0].headers['X-CSRF-Token']).toBeUndefined();
    expect(api.callsTo('GET /api/participant/workshop')[0].headers['X-Participant-Token']).toBe(TOKEN);
    expect(JSON.parse(localStorage.getItem('ipgn.workshopParticipant') ?? '{}')).toMatchObject({
      token: TOKEN,
      workshopId: 'w-1',
    });
  });

  it('retries an answer after a network failure with the same clientRequestId, and shows a locked question as locked', async () => {
    localStorage.setItem(
      'ipgn.workshopParticipant',
      JSON.stringify({ token: TOKEN, expiresAt: '2099-01-01T00:00:00.000Z', workshopId: 'w-1', title: 'x' }),
    );
    const api = createMockApi({ 'GET /api/participant/workshop': json(200, view) });
    let attempts = 0;
    api.on(`PUT /api/participant/answers/${question.id}`, (call) => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch');
      return json(200, { questionId: question.id, value: (call.body as { value: number }).value, stored: true });
    });
    restore = installFetch(api);
    const user = userEvent.setup();
    renderApp(api, '/participate');

    await user.click(
      await screen.findByRole('radio', { name: new RegExp(`^レベル3 ${escape(question.levels[3].ja)}`) }),
    );
    await user.click(screen.getByRole('button', { name: '回答を送信' }));
    expect(await screen.findByText(/回答を送信しました/, {}, { timeout: 4000 })).toBeInTheDocument();
    const calls = api.callsTo(`PUT /api/participant/answers/${question.id}`);
    expect(calls).toHaveLength(2);
    expect(calls[0].body).toEqual(calls[1].body);
    expect(calls[0].body).toMatchObject({ value: 3, clientRequestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(calls[1].headers['X-Participant-Token']).toBe(TOKEN);
  });

  it('tells a mistyped code from a closed workshop', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in' }),
      'POST /api/public/workshops/lookup': json(404, {
        statusCode: 404,
        code: 'NOT_FOUND',
        message: '見つかりません。',
      }),
    });
    restore = installFetch(api);
    renderApp(api, '/join/ZZZZZZ');
    expect(
      await screen.findByText(
        'この参加コードのワークショップは見つかりません。コードをご確認ください。',
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    restore();
    const closed = createMockApi({
      'GET /api/auth/me': json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in' }),
      'POST /api/public/workshops/lookup': json(200, {
        status: 'closed',
        title: '経営と知財の対話',
        anonymity: 'named',
        departments: ['ip'],
      }),
    });
    restore = installFetch(closed);
    renderApp(closed, '/join/K7QX2M');
    expect(await screen.findByText(/「経営と知財の対話」は終了しています/)).toBeInTheDocument();
  });

  it('shows a locked question without a send button', async () => {
    localStorage.setItem(
      'ipgn.workshopParticipant',
      JSON.stringify({ token: TOKEN, expiresAt: '2099-01-01T00:00:00.000Z', workshopId: 'w-1', title: 'x' }),
    );
    const api = createMockApi({
      'GET /api/participant/workshop': json(200, {
        ...view,
        currentQuestion: { ...question, locked: true },
        state: { ...view.state, lockedQuestionIds: [question.id] },
      }),
    });
    restore = installFetch(api);
    renderApp(api, '/participate');
    expect(await screen.findByText('この質問の回答は締め切られました。')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.queryByRole('button', { name: '回答を送信' })).not.toBeInTheDocument();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

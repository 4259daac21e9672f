import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getBank } from '@ipgn/assessment';
import { createMockApi, json, type MockApi, page } from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import type { WorkshopResults, WorkshopView } from '@ipgn/workshops';

/** A controllable EventSource: the test opens it and pushes named events. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  lastEventId = '';
  private listeners = new Map<string, ((e: { data: string; lastEventId: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, fn: (e: { data: string; lastEventId: string }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.();
  }
  /** Like the browser: `lastEventId` is the latest `id:` the stream has sent ('' before any). */
  emit(type: string, data: unknown, id?: string) {
    if (id !== undefined) this.lastEventId = id;
    for (const fn of this.listeners.get(type) ?? []) fn({ data: JSON.stringify(data), lastEventId: this.lastEventId });
  }
}

const bank = getBank();
const m9 = (bank?.questions ?? []).filter((q) => q.module === 'm9' && q.type === 'maturity').slice(0, 2);
const [q1, q2] = m9;
const WS = '22222222-2222-4222-8222-222222222222';

const workshop: WorkshopView = {
  id: WS,
  title: '経営と知財の対話',
  questionIds: [q1.id, q2.id],
  departments: ['executive', 'ip'],
  anonymity: 'anonymous',
  scheduledAt: '2026-12-10T01:00:00.000Z',
  status: 'live',
  currentQuestionIndex: 0,
  resultsVisible: true,
  lockedQuestionIds: [],
  publishedQuestionIds: [],
  timerEndsAt: null,
  joinCode: 'K7QX2M',
  agreedAnswers: [],
  participants: {
    total: 6,
    byDepartment: [
      { department: 'executive', count: 3 },
      { department: 'ip', count: 3 },
    ],
  },
  createdAt: '2026-12-01T00:00:00.000Z',
  startedAt: '2026-12-10T01:00:00.000Z',
  closedAt: null,
};

const empty: WorkshopResults = {
  minGroupSize: 3,
  respondents: 0,
  questions: [],
  actions: [],
  heatMap: { departments: ['executive', 'ip'], actions: [], cells: [] },
  questionGapRanking: [],
  discussionPrompts: [],
};

const action = q1.tags.gglActions[0];
const answered: WorkshopResults = {
  minGroupSize: 3,
  respondents: 6,
  questions: [
    {
      questionId: q1.id,
      gglActions: [...q1.tags.gglActions],
      respondents: 6,
      total: {
        respondents: 6,
        mean: 50,
        distribution: ['0', '1', '2', '3', '4'].map((key) => ({ key, count: key === '4' ? 3 : key === '0' ? 3 : 0 })),
      },
      departments: [
        { department: 'executive', respondents: 3, mean: 100, distribution: [] },
        { department: 'ip', respondents: 3, mean: 0, distribution: [] },
      ],
      spread: 100,
      highest: 'executive',
      lowest: 'ip',
    },
  ],
  actions: [
    {
      action,
      questionIds: [q1.id],
      respondents: 6,
      totalMean: 50,
      departments: [
        { department: 'executive', respondents: 3, mean: 100 },
        { department: 'ip', respondents: 3, mean: 0 },
      ],
      spread: 100,
      highest: 'executive',
      lowest: 'ip',
    },
  ],
  heatMap: {
    departments: ['executive', 'ip'],
    actions: [action],
    cells: [
      { department: 'executive', action, mean: 100 },
      { department: 'ip', action, mean: 0 },
    ],
  },
  questionGapRanking: [q1.id],
  discussionPrompts: [
    {
      rank: 1,
      action,
      spread: 100,
      highest: 'executive',
      lowest: 'ip',
      questions: [{ questionId: q1.id, prompt: q1.prompt, spread: 100, highest: 'executive', lowest: 'ip' }],
    },
  ],
};

function apiFor(): { api: MockApi; setResults: (r: WorkshopResults) => void } {
  let results = empty;
  const api = createMockApi({
    'GET /api/auth/me': json(200, aUser('advisor')),
    [`GET /api/orgs/${ORG_ID}/workshops/${WS}`]: json(200, workshop),
    [`GET /api/orgs/${ORG_ID}/assessments`]: json(200, page([])),
  });
  api.on(`GET /api/orgs/${ORG_ID}/workshops/${WS}/results`, () => json(200, results));
  return { api, setResults: (r) => (results = r) };
}

describe('Workshop facilitator console', () => {
  const original = globalThis.EventSource;
  beforeEach(() => {
    FakeEventSource.instances = [];
    Object.assign(globalThis, { EventSource: FakeEventSource });
  });
  afterEach(() => Object.assign(globalThis, { EventSource: original }));

  it('shows the join code and QR code, and updates counts, distributions and the gap heat map live without reloading', async () => {
    const { api, setResults } = apiFor();
    renderApp(api, `/o/${ORG_ID}/workshops/${WS}/console`);

    expect(await screen.findByRole('heading', { level: 1, name: '経営と知財の対話' })).toBeInTheDocument();
    expect(screen.getByText('K7QX2M')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /参加用QRコード.*\/join\/K7QX2M/ })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    expect(screen.getByText('回答 0 / 参加者 6')).toBeInTheDocument();

    const source = FakeEventSource.instances.at(-1);
    expect(source?.url).toBe(`/api/orgs/${ORG_ID}/workshops/${WS}/events`);
    act(() => source?.open());
    expect(await screen.findByText(/ライブ更新中/)).toBeInTheDocument();

    const resultCallsBefore = api.callsTo(`GET /api/orgs/${ORG_ID}/workshops/${WS}/results`).length;
    setResults(answered);
    act(() =>
      source?.emit('answer', { workshopId: WS, questionId: q1.id, respondents: 6, at: '2026-12-10T01:05:00.000Z' }),
    );
    expect(screen.getByText('回答 6 / 参加者 6')).toBeInTheDocument();

    const heatMap = await screen.findByRole('table', { name: /部門 × GGLアクション/ });
    expect(api.callsTo(`GET /api/orgs/${ORG_ID}/workshops/${WS}/results`).length).toBe(resultCallsBefore + 1);
    const execRow = within(heatMap).getByRole('row', { name: /経営層/ });
    expect(within(execRow).getByRole('cell', { name: '100' })).toBeInTheDocument();
    expect(
      within(within(heatMap).getByRole('row', { name: /知財部門/ })).getByRole('cell', { name: '0' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/100ポイントの差：経営層が最も高く、知財部門が最も低く/)).toBeInTheDocument();
    // The share is of those who answered (6), not of the participants: it says so beside 「回答 6 / 参加者 6」.
    expect(screen.getAllByText('3人（回答者の50%）', { selector: '.distribution__value' })).toHaveLength(2);
  });

  it('offers the report (PDF, DOCX) and the raw responses (CSV, XLSX) as downloads', async () => {
    const { api } = apiFor();
    renderApp(api, `/o/${ORG_ID}/workshops/${WS}/console`);
    const panel = await screen.findByRole('region', { name: '報告書とデータ' });
    const base = `/api/orgs/${ORG_ID}/workshops/${WS}`;
    expect(within(panel).getByRole('link', { name: '報告書をPDFでダウンロード' })).toHaveAttribute(
      'href',
      `${base}/report.pdf`,
    );
    expect(within(panel).getByRole('link', { name: '報告書をWord（DOCX）でダウンロード' })).toHaveAttribute(
      'href',
      `${base}/report.docx`,
    );
    expect(within(panel).getByRole('link', { name: '回答データをCSVでダウンロード' })).toHaveAttribute(
      'href',
      `${base}/responses.csv`,
    );
    expect(within(panel).getByRole('link', { name: '回答データをExcel（XLSX）でダウンロード' })).toHaveAttribute(
      'href',
      `${base}/responses.xlsx`,
    );
    expect(within(panel).getByText(/名前や参加者の識別子を含めず/)).toBeInTheDocument();
  });

  it('steps to the next question, locks it, and follows state events from the stream', async () => {
    const { api } = apiFor();
    let current = workshop;
    api.on(`PUT /api/orgs/${ORG_ID}/workshops/${WS}/state`, (call) => {
      const body = call.body as { currentQuestionIndex?: number; lockQuestionId?: string };
      current = {
        ...current,
        currentQuestionIndex: body.currentQuestionIndex ?? current.currentQuestionIndex,
        lockedQuestionIds: body.lockQuestionId ? [body.lockQuestionId] : current.lockedQuestionIds,
      };
      return json(200, current);
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/workshops/${WS}/console`);

    await user.click(await screen.findByRole('button', { name: '次の質問' }));
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/workshops/${WS}/state`)[0].body).toEqual({ currentQuestionIndex: 1 });
    expect(await screen.findByRole('heading', { level: 2, name: q2.prompt.ja })).toBeInTheDocument();
    expect(screen.getByText('質問 2 / 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '回答を締め切る' }));
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/workshops/${WS}/state`)[1].body).toEqual({ lockQuestionId: q2.id });
    expect(await screen.findByText('この質問は締め切りました')).toBeInTheDocument();

    // Another facilitator screen moved back: the stream's state event is applied without a reload.
    const source = FakeEventSource.instances.at(-1);
    act(() =>
      source?.emit('state', {
        status: 'live',
        currentQuestionIndex: 0,
        currentQuestionId: q1.id,
        questionCount: 2,
        resultsVisible: true,
        lockedQuestionIds: [],
        timerEndsAt: null,
      }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: q1.prompt.ja })).toBeInTheDocument();
  });

  it('reconnects after the stream drops, resuming after the last event id it saw, and refetches', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    try {
      const { api } = apiFor();
      renderApp(api, `/o/${ORG_ID}/workshops/${WS}/console`);
      await screen.findByText('K7QX2M');
      const events = `/api/orgs/${ORG_ID}/workshops/${WS}/events`;
      const first = FakeEventSource.instances.at(-1);
      expect(first?.url).toBe(events);
      act(() => first?.open());
      act(() =>
        first?.emit(
          'answer',
          { workshopId: WS, questionId: q1.id, respondents: 1, at: '2026-12-10T01:05:00.000Z' },
          '98',
        ),
      );
      // A ping repeats the latest id; a later id replaces it.
      act(() => first?.emit('ping', {}, '98'));
      act(() =>
        first?.emit(
          'answer',
          { workshopId: WS, questionId: q1.id, respondents: 2, at: '2026-12-10T01:05:01.000Z' },
          '100',
        ),
      );
      const detailCalls = api.callsTo(`GET /api/orgs/${ORG_ID}/workshops/${WS}`).length;
      act(() => first?.onerror?.());
      expect(first?.closed).toBe(true);
      expect(screen.getByText(/再接続中/)).toBeInTheDocument();
      act(() => jest.advanceTimersByTime(1000));
      const second = FakeEventSource.instances.at(-1);
      expect(second).not.toBe(first);
      expect(second?.url).toBe(`${events}?lastEventId=100`);
      act(() => second?.open());
      await waitFor(() =>
        expect(api.callsTo(`GET /api/orgs/${ORG_ID}/workshops/${WS}`).length).toBeGreaterThan(detailCalls),
      );
      expect(screen.getByText(/ライブ更新中/)).toBeInTheDocument();
      // The resumed stream's own ids count from then on.
      act(() =>
        second?.emit(
          'state',
          {
            status: 'live',
            currentQuestionIndex: 0,
            currentQuestionId: q1.id,
            questionCount: 2,
            resultsVisible: true,
            lockedQuestionIds: [],
            timerEndsAt: null,
          },
          '104',
        ),
      );
      act(() => second?.onerror?.());
      act(() => jest.advanceTimersByTime(1000));
      expect(FakeEventSource.instances.at(-1)?.url).toBe(`${events}?lastEventId=104`);
    } finally {
      jest.useRealTimers();
    }
  });
});

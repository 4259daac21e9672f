import ExcelJS from 'exceljs';
import { cookieHeader, openSse } from '../../../test/sse-client';
import { binary } from '../../../test/support/use-test-app';
import { M9, useWorkshopSuite } from '../../../test/support/workshop-steps';

/**
 * The subtraction attacks of issue 12, replayed against every aggregate that leaves the server, in an anonymous
 * workshop whose departments have 1, 2, 3 and 6 people (executive, ip, rnd, business).
 */
describe('workshop anonymity: no figure isolates fewer than three people', () => {
  const suite = useWorkshopSuite('匿名性検証株式会社');
  const { s, http, answer, state } = suite;

  const ROOM: [string, number][] = [
    ['executive', 1],
    ['ip', 2],
    ['rnd', 3],
    ['business', 6],
  ];

  async function room() {
    const { id, code } = await suite.liveWorkshop('anonymous', { departments: ROOM.map(([d]) => d) });
    const people: { department: string; token: string }[] = [];
    for (const [department, n] of ROOM) {
      for (let i = 0; i < n; i++) {
        const joined = await s.ctx.client().post('/api/public/workshops/join', { code, department });
        people.push({ department, token: String(joined.body.participantToken) });
      }
    }
    return { id, people };
  }

  const results = async (id: string) =>
    (await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}/results`)).body as Results;

  interface Results {
    questions: {
      questionId: string;
      respondents: number;
      total: { mean: number; respondents: number; distribution: { key: string; count: number }[] } | null;
      departments: { department: string; respondents: number; mean: number }[];
    }[];
    actions: {
      action: number;
      respondents: number;
      totalMean: number | null;
      departments: { department: string; mean: number | null }[];
    }[];
    heatMap: { cells: { department: string; action: number; mean: number | null }[] };
  }

  /** Everything a view publishes except how many have answered (counts reveal no one's answer). */
  const figures = (r: Results) =>
    JSON.stringify({
      q: r.questions.map((x) => ({ ...x, respondents: 0 })),
      a: r.actions.map((x) => ({ ...x, respondents: 0 })),
      h: r.heatMap,
    });

  it('the lone executive answering, or changing the answer, moves no published figure (results, action means, heat map)', async () => {
    const { id, people } = await room();
    const lone = people.find((p) => p.department === 'executive')!;
    // Everyone but the executive answers the first question.
    for (const [i, p] of people.entries())
      if (p !== lone) expect((await answer(p.token, M9[0], i % 5)).status).toBe(200);
    const before = await results(id);
    expect((await answer(lone.token, M9[0], 4)).status).toBe(200);
    const after = await results(id);
    expect(figures(after)).toBe(figures(before));
    expect(after.questions[0].respondents).toBe(before.questions[0].respondents + 1);

    // Locked: the figures are published once, from the answers as they stand.
    await state(id, { lockQuestionId: M9[0] });
    const published = await results(id);
    const q = published.questions[0];
    expect(q.total?.respondents).toBe(12);
    // executive (1) and ip (2) are never shown; together they are 3, so rnd (3) and business (6) may be.
    expect(q.departments.map((d) => [d.department, d.respondents])).toEqual([
      ['rnd', 3],
      ['business', 6],
    ]);
    for (const cell of published.heatMap.cells.filter((c) => c.department === 'executive' || c.department === 'ip'))
      expect(cell.mean).toBeNull();

    // Unlocked again, the lone executive changes the answer and clears it: nothing published moves.
    await state(id, { unlockQuestionId: M9[0] });
    expect((await answer(lone.token, M9[0], 0)).status).toBe(200);
    expect(figures(await results(id))).toBe(figures(published));
    expect((await answer(lone.token, M9[0], null)).status).toBe(200);
    expect(figures(await results(id))).toBe(figures(published));
  });

  it('answers one by one never change any figure between two views; only a lock publishes (department of 1, 2, 3, 6)', async () => {
    const { id, people } = await room();
    await state(id, { currentQuestionIndex: 1 });
    let previous = figures(await results(id));
    for (const [i, p] of people.entries()) {
      expect((await answer(p.token, M9[1], (i * 3) % 5)).status).toBe(200);
      const now = figures(await results(id));
      expect(now).toBe(previous);
      previous = now;
    }
    await state(id, { lockQuestionId: M9[1] });
    const q = (await results(id)).questions.find((x) => x.questionId === M9[1])!;
    expect(q.total).not.toBeNull();
    for (const d of q.departments) expect(d.respondents).toBeGreaterThanOrEqual(3);
    const shown = q.departments.reduce((s, d) => s + d.respondents, 0);
    const rest = (q.total?.respondents ?? 0) - shown;
    expect(rest === 0 || rest >= 3).toBe(true);
  });

  it('a question locked with fewer than three respondents publishes nothing and stays open to a later lock', async () => {
    const { id, people } = await room();
    const two = people.filter((p) => p.department === 'ip');
    for (const p of two) await answer(p.token, M9[0], 4);
    const locked = await state(id, { lockQuestionId: M9[0] });
    expect(locked.body.publishedQuestionIds).toEqual([]);
    const q = (await results(id)).questions[0];
    expect([q.respondents, q.total, q.departments]).toEqual([2, null, []]);
  });

  it('live events carry counts only: no mean, distribution or department ever reaches a stream', async () => {
    const { id, people } = await room();
    const facilitator = await openSse(`${suite.base}/api/orgs/${suite.orgId}/workshops/${id}/events`, {
      cookie: cookieHeader(suite.advisor),
    });
    const phone = await openSse(`${suite.base}/api/participant/events`, { 'x-participant-token': people[0].token });
    try {
      for (const p of people) await answer(p.token, M9[0], 3);
      await facilitator.next((e) => e.type === 'answer' && e.data['respondents'] === people.length, 2000);
      await state(id, { lockQuestionId: M9[0], resultsVisible: true });
      await phone.next((e) => e.type === 'state' && e.data['resultsVisible'] === true, 2000);
      const text = JSON.stringify([...facilitator.events, ...phone.events]);
      for (const word of ['mean', 'distribution', 'executive', 'department', 'value']) expect(text).not.toContain(word);
    } finally {
      facilitator.close();
      phone.close();
    }
  });

  it('phones see the current question’s published figures only while results are shown', async () => {
    const { id, people } = await room();
    for (const p of people) await answer(p.token, M9[0], 2);
    const phone = (path: string) => http().get(path).set('x-participant-token', people[0].token);
    expect((await phone('/api/participant/results')).body).toEqual({ visible: false, question: null });
    await state(id, { resultsVisible: true });
    // Shown but not locked: nothing published yet.
    expect((await phone('/api/participant/results')).body).toEqual({ visible: true, question: null });
    await state(id, { lockQuestionId: M9[0] });
    const shown = (await phone('/api/participant/results')).body as {
      visible: boolean;
      question: Results['questions'][number];
    };
    expect(shown.question.total?.mean).toBe(50);
    expect(shown.question.departments.map((d) => d.department)).toEqual(['rnd', 'business']);
    await state(id, { resultsVisible: false });
    expect((await phone('/api/participant/results')).body).toEqual({ visible: false, question: null });
  });

  it('CSV/XLSX rows of an anonymous workshop are exactly the published groups: nothing before a lock, departments of 1–2 merged, frozen after', async () => {
    const { id, people } = await room();
    for (const [i, p] of people.entries()) await answer(p.token, M9[0], i % 5);
    const csv = async () =>
      (await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}/responses.csv`)).text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
    expect(await csv()).toHaveLength(1); // header only
    await state(id, { lockQuestionId: M9[0] });
    const rows = (await csv()).slice(1);
    expect(rows).toHaveLength(12);
    const departments = rows.map((r) => r.split(',')[0]);
    expect(departments.filter((d) => d === '経営層' || d === '知財部門')).toEqual([]);
    expect(new Set(departments).size).toBe(3); // R&D, business, and the merged "other" (1 + 2 people)
    // The lone executive changes the answer after an unlock: the rows stay as published.
    await state(id, { unlockQuestionId: M9[0] });
    await answer(people[0].token, M9[0], 4);
    expect((await csv()).slice(1)).toEqual(rows);

    const xlsx = await binary(suite.advisor.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/responses.xlsx`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as Parameters<typeof book.xlsx.load>[0]);
    expect(book.worksheets[0].rowCount).toBe(13);
  });
});

import { getQuestion, type AnswerValue, type Question } from '@ipgn/assessment';
import type { WorkshopDepartment } from './workshop-departments';
import { computeWorkshopResults, visibleDepartments, type WorkshopResponse } from './workshop-results';

const q = (id: string): Question => {
  const found = getQuestion(id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

// m9.management-view: action 5; m9.future-information: actions 5 and 2; m9.ip-proposals: actions 5 and 3.
const QUESTIONS = [q('m9.management-view'), q('m9.future-information'), q('m9.ip-proposals')];
const DEPARTMENTS: WorkshopDepartment[] = ['executive', 'ip', 'rnd'];

let seq = 0;
/** `n` participants of `department`, each answering `values[questionId]`. */
function people(department: WorkshopDepartment, n: number, values: Record<string, AnswerValue>): WorkshopResponse[] {
  const out: WorkshopResponse[] = [];
  for (let i = 0; i < n; i++) {
    const participantId = `participant-${department}-${seq++}`;
    for (const [questionId, value] of Object.entries(values)) out.push({ participantId, department, questionId, value });
  }
  return out;
}

describe('visibleDepartments', () => {
  it('hides a department below three respondents', () => {
    expect([...visibleDepartments(new Map<WorkshopDepartment, number>([['executive', 4], ['ip', 3], ['rnd', 0]]))].sort()).toEqual(['executive', 'ip']);
  });

  it('also hides the smallest shown department when the hidden rest has 1–2 respondents (no differencing)', () => {
    // rnd (2) is hidden; total − executive − ip would give rnd's answers, so ip (3, the smallest) goes too.
    expect([...visibleDepartments(new Map<WorkshopDepartment, number>([['executive', 5], ['ip', 3], ['rnd', 2]]))]).toEqual(['executive']);
    // A hidden rest of three or more needs no second suppression.
    expect([...visibleDepartments(new Map<WorkshopDepartment, number>([['executive', 5], ['ip', 3], ['rnd', 2], ['legal', 1]]))].sort()).toEqual(['executive', 'ip']);
  });

  it('hides everything when a single shown department would reveal the rest', () => {
    expect([...visibleDepartments(new Map<WorkshopDepartment, number>([['executive', 6], ['ip', 1]]))]).toEqual([]);
  });
});

describe('computeWorkshopResults', () => {
  const responses = [
    ...people('executive', 3, { 'm9.management-view': 1, 'm9.future-information': 1, 'm9.ip-proposals': 2 }),
    ...people('ip', 4, { 'm9.management-view': 3, 'm9.future-information': 2, 'm9.ip-proposals': 2 }),
    ...people('rnd', 3, { 'm9.management-view': 2, 'm9.future-information': 2, 'm9.ip-proposals': 2 }),
  ];
  const results = computeWorkshopResults({ questions: QUESTIONS, departments: DEPARTMENTS, responses, suppressSmallTotal: true });

  it('counts the distribution per level and per department, with means on the 0–100 scale', () => {
    const mv = results.questions.find((x) => x.questionId === 'm9.management-view');
    expect(mv?.respondents).toBe(10);
    expect(mv?.total?.distribution).toEqual([
      { key: '0', count: 0 },
      { key: '1', count: 3 },
      { key: '2', count: 3 },
      { key: '3', count: 4 },
      { key: '4', count: 0 },
    ]);
    expect(mv?.total?.mean).toBe(52.5);
    expect(mv?.departments.map((d) => [d.department, d.respondents, d.mean])).toEqual([
      ['executive', 3, 25],
      ['ip', 4, 75],
      ['rnd', 3, 50],
    ]);
    expect(mv).toMatchObject({ spread: 50, highest: 'ip', lowest: 'executive' });
  });

  it('ranks actions and questions by the spread between departments', () => {
    // Action 5 covers all three questions: executive (1,1,2)→33.3, ip (3,2,2)→58.3, rnd 50 → spread 25.
    // Action 2 (future-information): executive 25, ip 50, rnd 50 → 25. Action 3 (ip-proposals): all 50 → 0.
    expect(results.actions.map((a) => [a.action, a.spread])).toEqual([
      [2, 25],
      [5, 25],
      [3, 0],
    ]);
    expect(results.questionGapRanking).toEqual(['m9.management-view', 'm9.future-information', 'm9.ip-proposals']);
  });

  it('turns the largest gaps into discussion prompts with the questions behind them (zero gaps left out)', () => {
    expect(results.discussionPrompts.map((p) => [p.rank, p.action, p.highest, p.lowest, p.questions.map((x) => x.questionId)])).toEqual([
      [1, 2, 'ip', 'executive', ['m9.future-information']],
      [2, 5, 'ip', 'executive', ['m9.management-view', 'm9.future-information']],
    ]);
    expect(results.discussionPrompts[0].questions[0].prompt.ja.length).toBeGreaterThan(0);
  });

  it('fills the heat map department × action', () => {
    expect(results.heatMap.actions).toEqual([2, 3, 5]);
    expect(results.heatMap.cells).toContainEqual({ department: 'executive', action: 5, mean: 33.3 });
    expect(results.heatMap.cells).toContainEqual({ department: 'ip', action: 2, mean: 50 });
    expect(results.heatMap.cells).toHaveLength(3 * 3);
  });

  it('never shows a department of fewer than three on its own, and applies secondary suppression', () => {
    const small = computeWorkshopResults({
      questions: QUESTIONS,
      departments: DEPARTMENTS,
      responses: [...people('executive', 2, { 'm9.management-view': 0 }), ...people('ip', 3, { 'm9.management-view': 4 }), ...people('rnd', 3, { 'm9.management-view': 2 })],
      suppressSmallTotal: true,
    });
    const mv = small.questions.find((x) => x.questionId === 'm9.management-view');
    // executive (2) hidden; ip and rnd tie at 3 — one of them is hidden too, so the rest is 5 people.
    expect(mv?.departments.map((d) => d.department)).toEqual(['rnd']);
    expect(mv?.total?.respondents).toBe(8);
    expect(mv).toMatchObject({ spread: null, highest: null, lowest: null });
    expect(small.heatMap.cells.filter((c) => c.department === 'executive').every((c) => c.mean === null)).toBe(true);
    expect(JSON.stringify(small)).not.toMatch(/participant-/);
  });

  it('withholds the total below three respondents in anonymous mode only', () => {
    const input = { questions: QUESTIONS, departments: DEPARTMENTS, responses: people('ip', 2, { 'm9.management-view': 4 }) };
    const anonymous = computeWorkshopResults({ ...input, suppressSmallTotal: true });
    expect(anonymous.questions[0]).toMatchObject({ respondents: 2, total: null, departments: [] });
    expect(anonymous.actions.find((a) => a.action === 5)?.totalMean).toBeNull();
    const named = computeWorkshopResults({ ...input, suppressSmallTotal: false });
    expect(named.questions[0].total?.mean).toBe(100);
    expect(named.questions[0].departments).toEqual([]);
  });

  it('counts each option of a multiple-choice answer', () => {
    const multi = q('m1.asset-types');
    if (multi.type !== 'multiple') throw new Error('m1.asset-types is expected to be multiple choice');
    const ids = multi.options.slice(0, 2).map((o) => o.id);
    const res = computeWorkshopResults({
      questions: [multi],
      departments: DEPARTMENTS,
      responses: people('ip', 3, { [multi.id]: ids }),
      suppressSmallTotal: true,
    });
    expect(res.questions[0].total?.distribution.filter((d) => d.count > 0)).toEqual(ids.map((key) => ({ key, count: 3 })));
  });
});

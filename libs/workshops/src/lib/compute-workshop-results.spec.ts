import fc from 'fast-check';
import { getQuestion, type AnswerValue, type Question } from '@ipgn/assessment';
import type { WorkshopDepartment } from '@ipgn/contracts';
import { computeWorkshopResults, type WorkshopResultsInput } from './compute-workshop-results';
import { visibleDepartments } from './visible-departments';
import type { WorkshopAnswerEvent } from './workshop-answer-event';
import type { WorkshopResults } from './workshop-types';

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
function people(department: WorkshopDepartment, n: number, values: Record<string, AnswerValue>): WorkshopAnswerEvent[] {
  const out: WorkshopAnswerEvent[] = [];
  for (let i = 0; i < n; i++) {
    const participantId = `participant-${department}-${seq}`;
    for (const [questionId, value] of Object.entries(values))
      out.push({ seq: seq++, participantId, department, questionId, value });
  }
  return out;
}

/** Every question frozen after all of `history`. */
function frozenAll(questions: readonly Question[], history: readonly WorkshopAnswerEvent[]): Map<string, number> {
  const last = history.reduce((m, e) => Math.max(m, e.seq), 0);
  return new Map(questions.map((question) => [question.id, last]));
}

function compute(
  questions: readonly Question[],
  history: WorkshopAnswerEvent[],
  extra: Partial<WorkshopResultsInput> = {},
): WorkshopResults {
  return computeWorkshopResults({
    questions,
    departments: DEPARTMENTS,
    history,
    frozenAt: frozenAll(questions, history),
    ...extra,
  });
}

describe('visibleDepartments', () => {
  it('hides a department below three respondents', () => {
    expect(
      [
        ...visibleDepartments(
          new Map<WorkshopDepartment, number>([
            ['executive', 4],
            ['ip', 3],
            ['rnd', 0],
          ]),
        ),
      ].sort(),
    ).toEqual(['executive', 'ip']);
  });

  it('also hides the smallest shown department when the hidden rest has 1–2 respondents (no differencing)', () => {
    // rnd (2) is hidden; total − executive − ip would give rnd's answers, so ip (3, the smallest) goes too.
    expect([
      ...visibleDepartments(
        new Map<WorkshopDepartment, number>([
          ['executive', 5],
          ['ip', 3],
          ['rnd', 2],
        ]),
      ),
    ]).toEqual(['executive']);
    // A hidden rest of three or more needs no second suppression.
    expect(
      [
        ...visibleDepartments(
          new Map<WorkshopDepartment, number>([
            ['executive', 5],
            ['ip', 3],
            ['rnd', 2],
            ['legal', 1],
          ]),
        ),
      ].sort(),
    ).toEqual(['executive', 'ip']);
  });

  it('hides everything when a single shown department would reveal the rest', () => {
    expect([
      ...visibleDepartments(
        new Map<WorkshopDepartment, number>([
          ['executive', 6],
          ['ip', 1],
        ]),
      ),
    ]).toEqual([]);
  });
});

describe('computeWorkshopResults', () => {
  const responses = [
    ...people('executive', 3, { 'm9.management-view': 1, 'm9.future-information': 1, 'm9.ip-proposals': 2 }),
    ...people('ip', 4, { 'm9.management-view': 3, 'm9.future-information': 2, 'm9.ip-proposals': 2 }),
    ...people('rnd', 3, { 'm9.management-view': 2, 'm9.future-information': 2, 'm9.ip-proposals': 2 }),
  ];
  const results = compute(QUESTIONS, responses);

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
    expect(
      results.discussionPrompts.map((p) => [
        p.rank,
        p.action,
        p.highest,
        p.lowest,
        p.questions.map((x) => x.questionId),
      ]),
    ).toEqual([
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
    const small = compute(QUESTIONS, [
      ...people('executive', 2, { 'm9.management-view': 0 }),
      ...people('ip', 3, { 'm9.management-view': 4 }),
      ...people('rnd', 3, { 'm9.management-view': 2 }),
    ]);
    const mv = small.questions.find((x) => x.questionId === 'm9.management-view');
    // executive (2) hidden; ip and rnd tie at 3 — one of them is hidden too, so the rest is 5 people.
    expect(mv?.departments.map((d) => d.department)).toEqual(['rnd']);
    expect(mv?.total?.respondents).toBe(8);
    expect(mv).toMatchObject({ spread: null, highest: null, lowest: null });
    expect(small.heatMap.cells.filter((c) => c.department === 'executive').every((c) => c.mean === null)).toBe(true);
    expect(JSON.stringify(small)).not.toMatch(/participant-/);
  });

  it('withholds everything below three respondents, named or anonymous', () => {
    const few = compute(QUESTIONS, people('ip', 2, { 'm9.management-view': 4 }));
    expect(few.questions[0]).toMatchObject({ respondents: 2, total: null, departments: [] });
    expect(few.actions.find((a) => a.action === 5)?.totalMean).toBeNull();
  });

  it('shows only the respondent count of a question that is not frozen yet', () => {
    const history = people('ip', 4, { 'm9.management-view': 4 });
    const open = computeWorkshopResults({
      questions: QUESTIONS,
      departments: DEPARTMENTS,
      history,
      frozenAt: new Map(),
    });
    expect(open.questions[0]).toMatchObject({ respondents: 4, total: null, departments: [], spread: null });
    expect(open.heatMap.cells.every((c) => c.mean === null)).toBe(true);
  });

  it('leaves department-specific questions out of the gaps and the heat map, but shows their totals', () => {
    const history = [
      ...people('executive', 3, { 'm9.management-view': 0 }),
      ...people('ip', 3, { 'm9.management-view': 4 }),
    ];
    const res = compute([QUESTIONS[0]], history, { departmentSpecificQuestionIds: new Set(['m9.management-view']) });
    expect(res.questions[0]).toMatchObject({ spread: null, highest: null, lowest: null });
    expect(res.questions[0].total?.mean).toBe(50);
    expect(res.questionGapRanking).toEqual([]);
    expect(res.heatMap.cells.every((c) => c.mean === null)).toBe(true);
  });

  it('an answer never moves any published figure; only freezing a question adds its figures (any sequence)', () => {
    const published = (r: WorkshopResults) =>
      JSON.stringify({
        // Counts move with every answer (they reveal no one's answer); everything else must not.
        q: r.questions.map((x) => ({ ...x, respondents: 0 })),
        a: r.actions.map((x) => ({ ...x, respondents: 0 })),
        h: r.heatMap,
        g: r.questionGapRanking,
        p: r.discussionPrompts,
      });
    const step = fc.oneof(
      {
        weight: 8,
        arbitrary: fc.record({
          who: fc.nat({ max: 9 }),
          q: fc.nat({ max: 2 }),
          value: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 6 }),
        }),
      },
      { weight: 1, arbitrary: fc.record({ freeze: fc.nat({ max: 2 }) }) },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...DEPARTMENTS), { minLength: 10, maxLength: 10 }),
        fc.array(step, { maxLength: 40 }),
        (departments, steps) => {
          const history: WorkshopAnswerEvent[] = [];
          const frozenAt = new Map<string, number>();
          let before = published(
            computeWorkshopResults({ questions: QUESTIONS, departments: DEPARTMENTS, history, frozenAt }),
          );
          steps.forEach((s, i) => {
            if ('freeze' in s) {
              const id = QUESTIONS[s.freeze].id;
              if (!frozenAt.has(id)) frozenAt.set(id, i);
            } else {
              history.push({
                seq: i,
                participantId: `p${s.who}`,
                department: departments[s.who],
                questionId: QUESTIONS[s.q].id,
                value: s.value,
              });
            }
            const after = published(
              computeWorkshopResults({
                questions: QUESTIONS,
                departments: DEPARTMENTS,
                history,
                frozenAt: new Map(frozenAt),
              }),
            );
            if (!('freeze' in s)) expect(after).toBe(before);
            before = after;
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts each option of a multiple-choice answer', () => {
    const multi = q('m1.asset-types');
    if (multi.type !== 'multiple') throw new Error('m1.asset-types is expected to be multiple choice');
    const ids = multi.options.slice(0, 2).map((o) => o.id);
    const res = compute([multi], people('ip', 3, { [multi.id]: ids }));
    expect(res.questions[0].total?.distribution.filter((d) => d.count > 0)).toEqual(
      ids.map((key) => ({ key, count: 3 })),
    );
  });
});

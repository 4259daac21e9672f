import fc from 'fast-check';
import type { WorkshopDepartment } from '@ipgn/contracts';
import { MIN_GROUP_SIZE } from './privacy-rules';
import { canFreeze, questionPublication, type QuestionPublication } from './question-publication';
import type { WorkshopAnswerEvent } from './workshop-answer-event';

const DEPARTMENTS: WorkshopDepartment[] = ['executive', 'ip', 'rnd'];
const QUESTIONS = ['q1', 'q2'];

const answer = (
  seq: number,
  participantId: string,
  department: WorkshopDepartment,
  value: number | null,
  questionId = 'q1',
): WorkshopAnswerEvent => ({
  seq,
  participantId,
  department,
  questionId,
  value,
});

/** Every group whose sum (and so distribution and mean) a view publishes about one question. */
function publishedGroups(questionId: string, p: QuestionPublication | null): string[][] {
  if (!p) return [];
  // One unknown per person, question and value: the same person giving the same answer again adds nothing.
  const key = (a: { participantId: string; value: unknown }) =>
    `${a.participantId}#${questionId}#${JSON.stringify(a.value)}`;
  const groups: string[][] = [];
  if (p.totalShown) groups.push(p.answers.map(key));
  for (const d of p.shownDepartments) groups.push(p.answers.filter((a) => a.department === d).map(key));
  return groups;
}

function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  const cols = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let pivot = -1;
    for (let i = r; i < m.length; i++)
      if (Math.abs(m[i][c]) > 1e-9 && (pivot < 0 || Math.abs(m[i][c]) > Math.abs(m[pivot][c]))) pivot = i;
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || Math.abs(m[i][c]) < 1e-12) continue;
      const f = m[i][c] / m[r][c];
      for (let j = c; j < cols; j++) m[i][j] -= f * m[r][j];
    }
    r++;
  }
  return r;
}

/**
 * Whether some linear combination of everything ever published involves only the answers of `people`
 * (any questions, any versions): with the published sums as rows, iff dropping their columns lowers the rank.
 * Means, distributions, action means and heat-map cells are all linear in these sums, so this covers them.
 */
function isolates(rows: readonly string[][], people: ReadonlySet<string>): boolean {
  if (rows.length === 0) return false;
  const columns = [...new Set(rows.flat())];
  const matrix = rows.map((members) => columns.map((c) => (members.includes(c) ? 1 : 0)));
  const keep = columns.map((c, i) => [c, i] as const).filter(([c]) => !people.has(c.split('#')[0]));
  return rank(matrix.map((row) => keep.map(([, i]) => row[i]))) < rank(matrix);
}

type Step =
  { kind: 'answer'; who: number; question: string; value: number | null } | { kind: 'freeze'; question: string };
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      who: fc.nat({ max: 8 }),
      question: fc.constantFrom(...QUESTIONS),
      value: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 6 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('freeze' as const), question: fc.constantFrom(...QUESTIONS) }),
  },
);
const scenario = fc.record({
  departments: fc.array(fc.constantFrom(...DEPARTMENTS), { minLength: 9, maxLength: 9 }),
  steps: fc.array(step, { maxLength: 40 }),
});

/** Replays a scenario; returns the rows published by every view (one view after each step). */
function replay(
  departments: WorkshopDepartment[],
  steps: Step[],
): { rows: string[][]; views: (QuestionPublication | null)[][] } {
  const history: WorkshopAnswerEvent[] = [];
  const frozenAt = new Map<string, number>();
  const rows: string[][] = [];
  const views: (QuestionPublication | null)[][] = [];
  steps.forEach((s, seq) => {
    if (s.kind === 'answer') history.push(answer(seq, `p${s.who}`, departments[s.who], s.value, s.question));
    else if (!frozenAt.has(s.question) && canFreeze(history.filter((e) => e.questionId === s.question)))
      frozenAt.set(s.question, seq);
    const view = QUESTIONS.map((q) =>
      questionPublication(
        history.filter((e) => e.questionId === q),
        frozenAt.get(q),
      ),
    );
    views.push(view);
    QUESTIONS.forEach((q, i) => rows.push(...publishedGroups(q, view[i])));
  });
  return { rows, views };
}

describe('questionPublication', () => {
  it('publishes nothing for a question that is not frozen', () => {
    expect(
      questionPublication([answer(1, 'a', 'ip', 2), answer(2, 'b', 'ip', 3), answer(3, 'c', 'ip', 4)], undefined),
    ).toBeNull();
  });

  it('cannot freeze a question before three people have answered it', () => {
    expect(canFreeze([answer(1, 'a', 'ip', 2), answer(2, 'b', 'ip', 3), answer(3, 'a', 'ip', null)])).toBe(false);
    expect(canFreeze([answer(1, 'a', 'ip', 2), answer(2, 'b', 'ip', 3), answer(3, 'c', 'ip', 0)])).toBe(true);
  });

  it('keeps the frozen answers: a later answer or change moves nothing', () => {
    const history = [answer(1, 'a', 'ip', 2), answer(2, 'b', 'ip', 3), answer(3, 'c', 'ip', 4)];
    const frozen = questionPublication(history, 3);
    expect(questionPublication([...history, answer(4, 'd', 'ip', 0), answer(5, 'a', 'ip', 0)], 3)).toEqual(frozen);
  });

  it('shows departments of three or more, and hides one more when the rest would be 1–2 people', () => {
    const history = [
      ...['e1', 'e2', 'e3', 'e4'].map((id, i) => answer(i, id, 'executive', 1)),
      ...['i1', 'i2', 'i3'].map((id, i) => answer(10 + i, id, 'ip', 2)),
      answer(20, 'r1', 'rnd', 4),
    ];
    const p = questionPublication(history, 20);
    expect(p?.totalShown).toBe(true);
    // rnd (1) is hidden; total − executive − ip would give it, so ip (the smaller) is hidden too.
    expect([...(p?.shownDepartments ?? [])]).toEqual(['executive']);
  });

  it('every shown group has at least three respondents and the rest is 0 or at least three (any history)', () => {
    fc.assert(
      fc.property(scenario, ({ departments, steps }) => {
        for (const view of replay(departments, steps).views) {
          for (const p of view) {
            if (!p) continue;
            if (!p.totalShown) {
              expect(p.shownDepartments.size).toBe(0);
              continue;
            }
            expect(p.answers.length).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
            let shown = 0;
            for (const d of p.shownDepartments) {
              const n = p.answers.filter((a) => a.department === d).length;
              expect(n).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
              shown += n;
            }
            const rest = p.answers.length - shown;
            expect(rest === 0 || rest >= MIN_GROUP_SIZE).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('no combination of all views ever published isolates one or two people (any sequence of answers and freezes)', () => {
    fc.assert(
      fc.property(scenario, ({ departments, steps }) => {
        const { rows } = replay(departments, steps);
        for (let i = 0; i < departments.length; i++) {
          expect(isolates(rows, new Set([`p${i}`]))).toBe(false);
          for (let j = i + 1; j < departments.length; j++)
            expect(isolates(rows, new Set([`p${i}`, `p${j}`]))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

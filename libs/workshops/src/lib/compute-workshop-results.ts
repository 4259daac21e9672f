import { answerMaturity, GGL_ACTION_IDS, type AnswerValue, type Question } from '@ipgn/assessment';
import type {
  ActionDepartmentMean,
  DepartmentGap,
  DepartmentSummary,
  GroupSummary,
  WorkshopDepartment,
} from '@ipgn/contracts';
import { DISCUSSION_PROMPT_COUNT, MIN_GROUP_SIZE } from './privacy-rules';
import { questionPublication } from './question-publication';
import type { WorkshopAnswerEvent } from './workshop-answer-event';
import type { ActionResult, DiscussionPrompt, HeatMapCell, QuestionResult, WorkshopResults } from './workshop-types';

export interface WorkshopResultsInput {
  /** The workshop's questions, in order. */
  readonly questions: readonly Question[];
  /** The departments taking part, in display order. */
  readonly departments: readonly WorkshopDepartment[];
  /** Every stored answer, oldest first (a null value clears). */
  readonly history: readonly WorkshopAnswerEvent[];
  /** Question id → sequence number of the last answer its published figures include (frozen questions only). */
  readonly frozenAt: ReadonlyMap<string, number>;
  /** Questions written for one respondent (e.g. "answer as the executive"): no department gap is ranked on them. */
  readonly departmentSpecificQuestionIds?: ReadonlySet<string>;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round1(values.reduce((s, v) => s + v, 0) / values.length);
}

function distributionKeys(question: Question): string[] {
  return question.type === 'single' || question.type === 'multiple'
    ? question.options.map((o) => o.id)
    : ['0', '1', '2', '3', '4'];
}

function summarise(question: Question, values: readonly AnswerValue[]): GroupSummary {
  const counts = new Map(distributionKeys(question).map((k) => [k, 0]));
  const maturities: number[] = [];
  for (const value of values) {
    for (const key of Array.isArray(value) ? value : [String(value)]) counts.set(key, (counts.get(key) ?? 0) + 1);
    const m = answerMaturity(question, value);
    if (m !== null) maturities.push(m);
  }
  return {
    respondents: values.length,
    mean: mean(maturities),
    distribution: [...counts].map(([key, count]) => ({ key, count })),
  };
}

function gapOf(groups: readonly { department: WorkshopDepartment; mean: number | null }[]): DepartmentGap {
  const withMean = groups.filter((g): g is { department: WorkshopDepartment; mean: number } => g.mean !== null);
  if (withMean.length < 2) return { spread: null, highest: null, lowest: null };
  const sorted = [...withMean].sort((a, b) => b.mean - a.mean);
  const high = sorted[0];
  const low = sorted[sorted.length - 1];
  return { spread: round1(high.mean - low.mean), highest: high.department, lowest: low.department };
}

const NO_GAP: DepartmentGap = { spread: null, highest: null, lowest: null };

function bySpread<T extends { spread: number | null }>(a: T, b: T): number {
  return (b.spread ?? -1) - (a.spread ?? -1);
}

function questionResult(
  question: Question,
  departments: readonly WorkshopDepartment[],
  history: readonly WorkshopAnswerEvent[],
  frozenAt: number | undefined,
  specific: boolean,
): QuestionResult {
  const latest = new Map<string, AnswerValue | null>();
  for (const e of history) latest.set(e.participantId, e.value);
  const respondents = [...latest.values()].filter((v) => v !== null).length;
  const publication = questionPublication(history, frozenAt);
  const perDept: DepartmentSummary[] = publication
    ? departments
        .filter((d) => publication.shownDepartments.has(d))
        .map((department) => ({
          department,
          ...summarise(
            question,
            publication.answers.filter((a) => a.department === department).map((a) => a.value),
          ),
        }))
    : [];
  return {
    questionId: question.id,
    gglActions: question.tags.gglActions,
    respondents,
    total: publication?.totalShown
      ? summarise(
          question,
          publication.answers.map((a) => a.value),
        )
      : null,
    departments: perDept,
    ...(specific ? NO_GAP : gapOf(perDept)),
  };
}

/**
 * Perception-gap analysis of one workshop. Every figure is computed per question over respondents, from the
 * question's one frozen publication (see questionPublication): cells of fewer than MIN_GROUP_SIZE people are
 * never shown, totals minus shown cells never isolate fewer, and a question's figures never change once
 * published. Action and heat-map means are means of the published per-question means, so they reveal nothing
 * the question figures do not. Only counts and means leave this function; a question not yet frozen shows its
 * respondent count only.
 */
export function computeWorkshopResults(input: WorkshopResultsInput): WorkshopResults {
  const { questions, departments, history } = input;
  const specificIds = input.departmentSpecificQuestionIds ?? new Set<string>();
  const byQuestion = new Map<string, WorkshopAnswerEvent[]>(questions.map((q) => [q.id, []]));
  for (const e of history) byQuestion.get(e.questionId)?.push(e);

  const questionResults = questions.map((q) =>
    questionResult(q, departments, byQuestion.get(q.id) ?? [], input.frozenAt.get(q.id), specificIds.has(q.id)),
  );
  const resultById = new Map(questionResults.map((r) => [r.questionId, r]));

  const actions: ActionResult[] = [];
  for (const action of GGL_ACTION_IDS) {
    const actionQuestions = questions.filter((q) => q.tags.gglActions.includes(action));
    if (actionQuestions.length === 0) continue;
    const results = actionQuestions
      .map((q) => resultById.get(q.id))
      .filter((r): r is QuestionResult => r !== undefined);
    const gapResults = results.filter((r) => !specificIds.has(r.questionId));
    const perDept: ActionDepartmentMean[] = [];
    for (const department of departments) {
      const cells = gapResults
        .map((r) => r.departments.find((d) => d.department === department))
        .filter((c): c is DepartmentSummary => c !== undefined && c.mean !== null);
      if (cells.length === 0) continue;
      perDept.push({
        department,
        respondents: Math.min(...cells.map((c) => c.respondents)),
        mean: mean(cells.map((c) => c.mean as number)),
      });
    }
    const totals = results.map((r) => r.total).filter((t): t is GroupSummary => t !== null && t.mean !== null);
    actions.push({
      action,
      questionIds: actionQuestions.map((q) => q.id),
      respondents: Math.max(0, ...results.map((r) => r.respondents)),
      totalMean: mean(totals.map((t) => t.mean as number)),
      departments: perDept,
      ...gapOf(perDept),
    });
  }
  actions.sort(bySpread);

  const actionIds = [...actions].sort((a, b) => a.action - b.action).map((a) => a.action);
  const cells: HeatMapCell[] = [];
  for (const department of departments) {
    for (const action of actionIds) {
      const found = actions.find((a) => a.action === action)?.departments.find((d) => d.department === department);
      cells.push({ department, action, mean: found?.mean ?? null });
    }
  }

  const questionById = new Map(questions.map((q) => [q.id, q]));
  const ranked = questionResults.filter((q) => q.spread !== null).sort(bySpread);
  const discussionPrompts: DiscussionPrompt[] = actions
    .filter(
      (a): a is ActionResult & { spread: number; highest: WorkshopDepartment; lowest: WorkshopDepartment } =>
        a.spread !== null && a.spread > 0,
    )
    .slice(0, DISCUSSION_PROMPT_COUNT)
    .map((a, i) => ({
      rank: i + 1,
      action: a.action,
      spread: a.spread,
      highest: a.highest,
      lowest: a.lowest,
      questions: ranked
        .filter((q) => q.gglActions.includes(a.action) && q.spread !== null && q.spread > 0)
        .map((q) => ({
          questionId: q.questionId,
          prompt: (questionById.get(q.questionId) as Question).prompt,
          spread: q.spread as number,
          highest: q.highest as WorkshopDepartment,
          lowest: q.lowest as WorkshopDepartment,
        })),
    }));

  const everyone = new Set<string>();
  for (const e of history) everyone.add(e.participantId);
  return {
    minGroupSize: MIN_GROUP_SIZE,
    respondents: everyone.size,
    questions: questionResults,
    actions,
    heatMap: { departments, actions: actionIds, cells },
    questionGapRanking: ranked.map((q) => q.questionId),
    discussionPrompts,
  };
}

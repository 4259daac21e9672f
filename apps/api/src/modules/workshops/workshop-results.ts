import { answerMaturity, GGL_ACTION_IDS, type AnswerValue, type GglActionId, type LocalizedText, type Question } from '@ipgn/assessment';
import type {
  ActionDepartmentMean,
  ActionResultOf,
  DepartmentGap,
  DepartmentSummary,
  DiscussionPromptOf,
  DistributionEntry,
  GapQuestionOf,
  GroupSummary,
  HeatMapCellOf,
  QuestionResultOf,
  WorkshopResultsOf,
} from '@ipgn/contracts';
import type { WorkshopTypes } from './dto/workshop-views';
import type { WorkshopDepartment } from './workshop-departments';

/**
 * Perception-gap analysis of one workshop: pure, framework-free (a candidate for a domain library).
 *
 * Privacy rules, applied to every number below:
 * - A department with fewer than MIN_GROUP_SIZE respondents is never shown on its own, only inside the total.
 * - Secondary suppression: if the hidden departments together have 1–2 respondents, "total minus the shown
 *   departments" would reveal them, so the smallest shown department is hidden too, until the hidden rest is
 *   0 or at least MIN_GROUP_SIZE.
 * - With `suppressSmallTotal` (anonymous workshops) the total itself is withheld below MIN_GROUP_SIZE respondents.
 * Only counts and means leave this function: never a participant id or a single person's answer.
 */
export const MIN_GROUP_SIZE = 3;

/** How many of the largest gaps become discussion prompts. */
export const DISCUSSION_PROMPT_COUNT = 5;

export interface WorkshopResponse {
  readonly participantId: string;
  readonly department: WorkshopDepartment;
  readonly questionId: string;
  readonly value: AnswerValue;
}

export interface WorkshopResultsInput {
  /** The workshop's questions, in order. */
  readonly questions: readonly Question[];
  /** The departments taking part, in display order. */
  readonly departments: readonly WorkshopDepartment[];
  /** The latest answer of each participant to each question (cleared answers left out). */
  readonly responses: readonly WorkshopResponse[];
  readonly suppressSmallTotal: boolean;
}

// The result shapes live in @ipgn/contracts (the web app renders them); here they get the library's types.
export type QuestionResult = QuestionResultOf<WorkshopTypes>;
export type ActionResult = ActionResultOf<WorkshopTypes>;
export type HeatMapCell = HeatMapCellOf<WorkshopTypes>;
export type GapQuestion = GapQuestionOf<WorkshopTypes>;
export type DiscussionPrompt = DiscussionPromptOf<WorkshopTypes>;
export type WorkshopResults = WorkshopResultsOf<WorkshopTypes>;
export type { ActionDepartmentMean, DepartmentGap, DepartmentSummary, DistributionEntry, GroupSummary } from '@ipgn/contracts';

const round1 = (n: number): number => Math.round(n * 10) / 10;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round1(values.reduce((s, v) => s + v, 0) / values.length);
}

/**
 * The departments that may be shown, given each one's respondent count and the total. Applies the minimum
 * group size and the secondary suppression described at the top of this file.
 */
export function visibleDepartments(counts: ReadonlyMap<WorkshopDepartment, number>, minGroupSize = MIN_GROUP_SIZE): Set<WorkshopDepartment> {
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  const shown = [...counts].filter(([, n]) => n >= minGroupSize).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  let hidden = total - shown.reduce((s, [, n]) => s + n, 0);
  while (hidden > 0 && hidden < minGroupSize && shown.length > 0) {
    const [, n] = shown.shift() as [WorkshopDepartment, number];
    hidden += n;
  }
  return new Set(shown.map(([d]) => d));
}

function distributionKeys(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    default:
      return ['0', '1', '2', '3', '4'];
  }
}

function summarise(question: Question, values: readonly AnswerValue[]): GroupSummary {
  const counts = new Map(distributionKeys(question).map((k) => [k, 0]));
  const maturities: number[] = [];
  for (const value of values) {
    for (const key of Array.isArray(value) ? value : [String(value)]) counts.set(key, (counts.get(key) ?? 0) + 1);
    const m = answerMaturity(question, value);
    if (m !== null) maturities.push(m);
  }
  return { respondents: values.length, mean: mean(maturities), distribution: [...counts].map(([key, count]) => ({ key, count })) };
}

function gapOf(groups: readonly { department: WorkshopDepartment; mean: number | null }[]): DepartmentGap {
  const withMean = groups.filter((g): g is { department: WorkshopDepartment; mean: number } => g.mean !== null);
  if (withMean.length < 2) return { spread: null, highest: null, lowest: null };
  const sorted = [...withMean].sort((a, b) => b.mean - a.mean);
  const high = sorted[0];
  const low = sorted[sorted.length - 1];
  return { spread: round1(high.mean - low.mean), highest: high.department, lowest: low.department };
}

function bySpread<T extends { spread: number | null }>(a: T, b: T): number {
  return (b.spread ?? -1) - (a.spread ?? -1);
}

export function computeWorkshopResults(input: WorkshopResultsInput): WorkshopResults {
  const { questions, departments, responses, suppressSmallTotal } = input;
  const deptOrder = (d: WorkshopDepartment) => departments.indexOf(d);

  const questionResults: QuestionResult[] = questions.map((question) => {
    const answers = responses.filter((r) => r.questionId === question.id);
    const counts = new Map<WorkshopDepartment, number>();
    for (const a of answers) counts.set(a.department, (counts.get(a.department) ?? 0) + 1);
    const shown = visibleDepartments(counts);
    const perDept: DepartmentSummary[] = [...shown]
      .sort((a, b) => deptOrder(a) - deptOrder(b))
      .map((department) => ({ department, ...summarise(question, answers.filter((a) => a.department === department).map((a) => a.value)) }));
    const totalWithheld = suppressSmallTotal && answers.length < MIN_GROUP_SIZE;
    return {
      questionId: question.id,
      gglActions: question.tags.gglActions,
      respondents: answers.length,
      total: totalWithheld ? null : summarise(question, answers.map((a) => a.value)),
      departments: perDept,
      ...gapOf(perDept),
    };
  });

  const questionById = new Map(questions.map((q) => [q.id, q]));
  const actions: ActionResult[] = [];
  for (const action of GGL_ACTION_IDS) {
    const actionQuestions = questions.filter((q) => q.tags.gglActions.includes(action));
    if (actionQuestions.length === 0) continue;
    const ids = new Set(actionQuestions.map((q) => q.id));
    const maturities = new Map<WorkshopDepartment, number[]>();
    const people = new Map<WorkshopDepartment, Set<string>>();
    const everyone = new Set<string>();
    const all: number[] = [];
    for (const r of responses) {
      if (!ids.has(r.questionId)) continue;
      const m = answerMaturity(questionById.get(r.questionId) as Question, r.value);
      if (m === null) continue;
      if (!maturities.has(r.department)) maturities.set(r.department, []);
      if (!people.has(r.department)) people.set(r.department, new Set());
      maturities.get(r.department)?.push(m);
      people.get(r.department)?.add(r.participantId);
      everyone.add(r.participantId);
      all.push(m);
    }
    const shown = visibleDepartments(new Map([...people].map(([d, s]) => [d, s.size])));
    const perDept: ActionDepartmentMean[] = [...shown]
      .sort((a, b) => deptOrder(a) - deptOrder(b))
      .map((department) => ({ department, respondents: people.get(department)?.size ?? 0, mean: mean(maturities.get(department) ?? []) }));
    actions.push({
      action,
      questionIds: actionQuestions.map((q) => q.id),
      respondents: everyone.size,
      totalMean: suppressSmallTotal && everyone.size < MIN_GROUP_SIZE ? null : mean(all),
      departments: perDept,
      ...gapOf(perDept),
    });
  }
  actions.sort(bySpread);

  const cells: HeatMapCell[] = [];
  const actionIds = [...actions].sort((a, b) => a.action - b.action).map((a) => a.action);
  for (const department of departments) {
    for (const action of actionIds) {
      const found = actions.find((a) => a.action === action)?.departments.find((d) => d.department === department);
      cells.push({ department, action, mean: found?.mean ?? null });
    }
  }

  const ranked = questionResults.filter((q) => q.spread !== null).sort(bySpread);
  const discussionPrompts: DiscussionPrompt[] = actions
    .filter((a): a is ActionResult & { spread: number; highest: WorkshopDepartment; lowest: WorkshopDepartment } => a.spread !== null && a.spread > 0)
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

  return {
    minGroupSize: MIN_GROUP_SIZE,
    respondents: new Set(responses.map((r) => r.participantId)).size,
    questions: questionResults,
    actions,
    heatMap: { departments, actions: actionIds, cells },
    questionGapRanking: ranked.map((q) => q.questionId),
    discussionPrompts,
  };
}

import { GGL_ACTIONS, type AnswerValue, type GglActionId, type Locale, type Question } from '@ipgn/assessment';
import { formatAnswer } from '../../common/export/answer-cells';
import { formatDate, formatNumber, formatPercent } from '../../common/export/format-values';
import { empty, num, text, type Report, type ReportBlock, type ReportCell } from '../../common/export/report-model';
import type { WorkshopAnonymity, WorkshopDepartment } from './workshop-departments';
import { DEPARTMENT_LABELS, WORKSHOP_REPORT_TEXT } from './workshop-report-text';
import type { DiscussionPrompt, WorkshopResults } from '@ipgn/workshops';

export { DEPARTMENT_LABELS } from './workshop-report-text';

export interface WorkshopReportInput {
  readonly locale: Locale;
  readonly organizationName: string;
  readonly title: string;
  readonly scheduledAt: Date;
  readonly anonymity: WorkshopAnonymity;
  readonly questions: readonly Question[];
  readonly results: WorkshopResults;
  readonly agreed: ReadonlyMap<string, AnswerValue>;
  /** When the report is produced (PDF/DOCX metadata). */
  readonly now: Date;
}

function distributionLabel(q: Question, key: string, locale: Locale): string {
  if (q.type === 'maturity') {
    const level = Number(key) as 0 | 1 | 2 | 3 | 4;
    return `${key}: ${q.levels[level]?.[locale] ?? ''}`;
  }
  if (q.type === 'single' || q.type === 'multiple') return q.options.find((o) => o.id === key)?.label[locale] ?? key;
  return key;
}

/** The ladder anchor nearest to a 0–100 mean ("level 2: …"), for maturity questions. */
function levelText(q: Question | undefined, mean: number | null, locale: Locale): string | null {
  if (!q || q.type !== 'maturity' || mean === null) return null;
  const level = Math.max(0, Math.min(4, Math.round(mean / 25))) as 0 | 1 | 2 | 3 | 4;
  return unquote(q.levels[level]?.[locale] ?? '') || null;
}

/** A level text quoted inside a sentence: without its own closing full stop. */
const unquote = (s: string): string => s.replace(/[.。]$/, '');

/**
 * The workshop report as the shared report model: a one-page summary that interprets the largest gaps, the heat
 * map (labelled columns, colour plus number), agreed answers, distinct next steps, and distributions in percentages
 * with bar charts. Only the figures the results object publishes are used: it decides what may be shown.
 */
export function buildWorkshopReport(input: WorkshopReportInput): Report {
  const { locale, results } = input;
  const t = WORKSHOP_REPORT_TEXT[locale];
  const dept = (d: WorkshopDepartment) => DEPARTMENT_LABELS[d][locale];
  const actionLabel = (id: GglActionId) =>
    `${t.action} ${id} ${GGL_ACTIONS.find((a) => a.id === id)?.label[locale] ?? ''}`.trim();
  const one = (n: number) => formatNumber(n, locale, 1);
  const deptMean = (questionId: string, d: WorkshopDepartment) =>
    results.questions.find((x) => x.questionId === questionId)?.departments.find((x) => x.department === d)?.mean ??
    null;

  const blocks: ReportBlock[] = [
    {
      kind: 'bullets',
      items: [
        `${t.organization}: ${input.organizationName}`,
        `${t.date}: ${formatDate(input.scheduledAt, locale)}`,
        `${t.anonymity}: ${t[input.anonymity]}`,
        `${t.respondents}: ${t.people(formatNumber(results.respondents, locale))}`,
        `${t.questionCount}: ${formatNumber(input.questions.length, locale)}\u3000${t.agreedCount}: ${formatNumber(input.agreed.size, locale)}`,
      ],
    },
    { kind: 'heading', level: 1, text: t.summary },
    ...summary(input, actionLabel, dept, deptMean, one),
    { kind: 'note', text: t.smallGroups },
    { kind: 'page-break' },
    { kind: 'heading', level: 1, text: t.heatMap },
    heatMapTable(input, dept),
    { kind: 'note', text: t.heatLegend },
    { kind: 'bullets', items: results.heatMap.actions.map((a) => actionLabel(a)) },
    { kind: 'heading', level: 1, text: t.agreed },
    {
      kind: 'bullets',
      items: input.questions
        .filter((q) => input.agreed.has(q.id))
        .map((q) => `${q.prompt[locale]} → ${formatAnswer(q, input.agreed.get(q.id) as AnswerValue, locale)}`),
    },
    { kind: 'heading', level: 1, text: t.nextSteps },
  ];
  if (input.agreed.size === 0) blocks.splice(blocks.length - 2, 1, { kind: 'paragraph', runs: [{ text: t.noAgreed }] });

  if (results.discussionPrompts.length === 0) blocks.push({ kind: 'paragraph', runs: [{ text: t.noGaps }] });
  const covered = new Map<string, number>();
  for (const p of results.discussionPrompts) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: `${p.rank}. ${t.gap(actionLabel(p.action), dept(p.highest), dept(p.lowest), one(p.spread))}`,
    });
    blocks.push({ kind: 'bullets', items: nextSteps(input, p, covered, dept, deptMean) });
  }

  blocks.push({ kind: 'page-break' }, { kind: 'heading', level: 1, text: t.distributions });
  input.questions.forEach((q, i) => {
    blocks.push({ kind: 'heading', level: 3, text: `Q${i + 1}. ${q.prompt[locale]}` });
    const r = results.questions.find((x) => x.questionId === q.id);
    if (!r || r.total === null) {
      blocks.push({ kind: 'note', text: t.withheld });
      return;
    }
    const n = r.total.respondents;
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: `${t.total} (n=${n}) ${t.mean}: ${r.total.mean === null ? t.notShown : one(r.total.mean)}` }],
    });
    blocks.push({
      kind: 'bar-chart',
      max: 100,
      bars: r.total.distribution.map((e) => ({
        label: distributionLabel(q, e.key, locale),
        value: n > 0 ? (e.count / n) * 100 : null,
        display: t.share(n > 0 ? formatPercent(e.count / n, locale) : t.notShown, formatNumber(e.count, locale)),
      })),
    });
    if (r.departments.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [{ label: t.department, width: 2 }, { label: t.respondents }, { label: t.mean }],
        rows: r.departments.map((d) => [
          text(dept(d.department)),
          num(d.respondents),
          d.mean === null ? empty(t.notShown) : num(d.mean, 1),
        ]),
      });
    }
  });

  const header = [input.organizationName, `${t.date}: ${formatDate(input.scheduledAt, locale)}`];
  return {
    language: locale,
    title: `${t.title} — ${input.title}`,
    header,
    author: input.organizationName,
    createdAt: input.now,
    blocks,
  };
}

function summary(
  input: WorkshopReportInput,
  actionLabel: (id: GglActionId) => string,
  dept: (d: WorkshopDepartment) => string,
  deptMean: (questionId: string, d: WorkshopDepartment) => number | null,
  one: (n: number) => string,
): ReportBlock[] {
  const { locale, results } = input;
  const t = WORKSHOP_REPORT_TEXT[locale];
  const blocks: ReportBlock[] = [];
  const top = results.discussionPrompts.slice(0, 3);
  if (top.length === 0) blocks.push({ kind: 'paragraph', runs: [{ text: t.noGaps }] });
  else {
    blocks.push({ kind: 'paragraph', runs: [{ text: t.summaryIntro }] });
    const items = top.map((p) => {
      const action = results.actions.find((a) => a.action === p.action);
      const mean = (d: WorkshopDepartment) => action?.departments.find((x) => x.department === d)?.mean ?? null;
      const [hi, lo] = [mean(p.highest), mean(p.lowest)];
      let line = t.gapLine(
        actionLabel(p.action),
        dept(p.highest),
        hi === null ? t.notShown : one(hi),
        dept(p.lowest),
        lo === null ? t.notShown : one(lo),
        one(p.spread),
      );
      const q = p.questions[0];
      const question = q ? input.questions.find((x) => x.id === q.questionId) : undefined;
      if (q) {
        const hiView = levelText(question, deptMean(q.questionId, q.highest), locale);
        const loView = levelText(question, deptMean(q.questionId, q.lowest), locale);
        if (hiView && loView) line += ` ${t.views(dept(q.highest), hiView, dept(q.lowest), loView)}`;
      }
      return line;
    });
    blocks.push({ kind: 'bullets', items });
  }
  const ranked = results.actions
    .filter((a) => a.totalMean !== null)
    .sort((a, b) => (b.totalMean ?? 0) - (a.totalMean ?? 0));
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  if (best && worst && best !== worst) {
    blocks.push({
      kind: 'paragraph',
      runs: [
        {
          text: `${t.strongest(actionLabel(best.action), one(best.totalMean ?? 0))} ${t.weakest(actionLabel(worst.action), one(worst.totalMean ?? 0))}`,
        },
      ],
    });
  }
  return blocks;
}

/**
 * Distinct steps for one gap: evidence from both sides, a concrete next level per question, what to record. A
 * question already dealt with under a larger gap (one question can serve several actions) is not repeated.
 */
function nextSteps(
  input: WorkshopReportInput,
  p: DiscussionPrompt,
  covered: Map<string, number>,
  dept: (d: WorkshopDepartment) => string,
  deptMean: (questionId: string, d: WorkshopDepartment) => number | null,
): string[] {
  const { locale } = input;
  const t = WORKSHOP_REPORT_TEXT[locale];
  const fresh = p.questions.filter((gq) => !covered.has(gq.questionId));
  const earlier = [
    ...new Set(p.questions.map((gq) => covered.get(gq.questionId)).filter((r): r is number => r !== undefined)),
  ];
  const steps: string[] = [];
  const first = fresh[0];
  if (first) {
    const prompt = input.questions.find((q) => q.id === first.questionId)?.prompt[locale] ?? first.prompt[locale];
    steps.push(t.evidence(prompt, dept(first.highest), dept(first.lowest)));
  }
  for (const gq of fresh) {
    covered.set(gq.questionId, p.rank);
    const q = input.questions.find((x) => x.id === gq.questionId);
    const low = deptMean(gq.questionId, gq.lowest);
    if (q?.type === 'maturity' && low !== null) {
      const next = Math.min(4, Math.round(low / 25) + 1) as 0 | 1 | 2 | 3 | 4;
      steps.push(
        `${t.target(q.prompt[locale], unquote(q.levels[next][locale]))}${input.agreed.has(q.id) ? t.agreedMark : ''}`,
      );
    }
  }
  if (first) {
    const prompt = input.questions.find((q) => q.id === first.questionId)?.prompt[locale] ?? first.prompt[locale];
    steps.push(input.agreed.has(first.questionId) ? t.recordAgreed(prompt) : t.agreeFirst(prompt));
  }
  if (earlier.length > 0) steps.push(t.seeAbove(earlier.join(', ')));
  return steps;
}

function heatMapTable(input: WorkshopReportInput, dept: (d: WorkshopDepartment) => string): ReportBlock {
  const { locale, results } = input;
  const t = WORKSHOP_REPORT_TEXT[locale];
  const { heatMap } = results;
  const columns = [
    { label: t.department, width: 1.6 },
    ...heatMap.actions.map((a) => ({
      label: `${a}. ${GGL_ACTIONS.find((g) => g.id === a)?.label[locale] ?? ''}`,
      width: 1,
    })),
  ];
  const rows = heatMap.departments.map((d): ReportCell[] => [
    text(dept(d)),
    ...heatMap.actions.map((a): ReportCell => {
      const mean = heatMap.cells.find((c) => c.department === d && c.action === a)?.mean ?? null;
      return mean === null ? empty(t.notShown) : num(mean, 1);
    }),
  ]);
  return { kind: 'table', columns, rows, heat: true };
}

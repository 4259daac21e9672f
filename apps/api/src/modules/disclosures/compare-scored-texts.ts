import { diffArrays } from 'diff';
import {
  comparePeriods,
  documentPeriod,
  segmentSentences,
  type DisclosureComparison,
  type DisclosureCriterionDelta,
  type DisclosureScore,
  type DisclosureSummary,
} from '@ipgn/disclosure-scoring';
import type { DisclosureCompareOrder, DisclosureTextChange } from '@ipgn/contracts';

/** Beyond this many sentence edits the diff falls back to "all removed, all added" rather than stall a request. */
const MAX_DIFF_EDITS = 2000;
/**
 * …and beyond this much time: two 100,000-character texts that differ throughout held the event loop about 190 ms
 * before the edit cap gave up (walking an investor's comparison; `npm run bench -- disclosure-compare`). Shown whole
 * instead, marked approximate.
 */
const MAX_DIFF_MS = 10;

/** One judged text as the comparison needs it: an organization's saved judgement or an investor's own check. */
export interface ScoredText {
  readonly title: string;
  readonly text: string;
  readonly createdAt: Date;
  readonly overall: number;
  readonly result: DisclosureScore;
  readonly summary: DisclosureSummary;
}

/**
 * Two judged texts, older left: by the period each document reports on (「2025年度」 before 「2026年3月期」), by
 * judging time only when a period is missing or equal. `given` keeps the caller's order (the swap button).
 */
export function compareScoredTexts(
  first: ScoredText,
  second: ScoredText,
  order: DisclosureCompareOrder = 'document',
): DisclosureComparison {
  const periodOf = (d: ScoredText) => documentPeriod(d.title, d.text);
  const [firstPeriod, secondPeriod] = [periodOf(first), periodOf(second)];
  const byPeriod = comparePeriods(firstPeriod, secondPeriod);
  const swap =
    order === 'document' &&
    (byPeriod > 0 || (byPeriod === 0 && first.createdAt.getTime() > second.createdAt.getTime()));
  const [from, to] = swap ? [second, first] : [first, second];
  const [fromPeriod, toPeriod] = swap ? [secondPeriod, firstPeriod] : [firstPeriod, secondPeriod];
  const { changes, approximate } = diffText(from.text, to.text);
  return {
    from: from.summary,
    to: to.summary,
    fromPeriod,
    toPeriod,
    order,
    overallDelta: to.overall - from.overall,
    criteria: criterionDeltas(from.result, to.result),
    textDiff: changes,
    textDiffApproximate: approximate,
  };
}

function criterionDeltas(from: DisclosureScore, to: DisclosureScore): DisclosureCriterionDelta[] {
  const before = new Map(from.criteria.map((c) => [c.id, c]));
  const after = new Map(to.criteria.map((c) => [c.id, c]));
  const rows: DisclosureCriterionDelta[] = [];
  for (const c of [...to.criteria, ...from.criteria.filter((x) => !after.has(x.id))]) {
    const a = before.get(c.id);
    const b = after.get(c.id);
    // Nothing to judge is not a level: no difference with a level (or with itself), only the mark on its side.
    const fromNotApplicable = a?.notApplicable === true;
    const toNotApplicable = b?.notApplicable === true;
    rows.push({
      id: c.id,
      key: c.key,
      name: c.name,
      from: a?.score ?? null,
      to: b?.score ?? null,
      delta: a && b && !fromNotApplicable && !toNotApplicable ? b.score - a.score : null,
      ...(fromNotApplicable ? { fromNotApplicable: true as const } : {}),
      ...(toNotApplicable ? { toNotApplicable: true as const } : {}),
    });
  }
  return rows;
}

/** Sentence-level diff: both languages segment the same way the scorer does, so a changed sentence shows whole. */
function diffText(fromText: string, toText: string): { changes: DisclosureTextChange[]; approximate: boolean } {
  const a = segmentSentences(fromText).map((s) => s.text.trim());
  const b = segmentSentences(toText).map((s) => s.text.trim());
  const parts = diffArrays(a, b, { maxEditLength: MAX_DIFF_EDITS, timeout: MAX_DIFF_MS });
  if (!parts) {
    return {
      changes: [
        { op: 'removed', sentences: a },
        { op: 'added', sentences: b },
      ].filter((c) => c.sentences.length > 0) as DisclosureTextChange[],
      approximate: true,
    };
  }
  return {
    changes: parts.map((p) => ({ op: p.added ? 'added' : p.removed ? 'removed' : 'equal', sentences: p.value })),
    approximate: false,
  };
}

import { LocalizedText } from '../i18n/localized-text';
import { AssessmentResult } from '../scoring/assessment-result';
import { ScoreDimension } from '../scoring/dimension-score';

export interface TargetHistoryPoint {
  readonly roundId: string;
  /** The target set for that round, or null when that round had none for the dimension. */
  readonly target: number | null;
  /** The score achieved in that round, or null. */
  readonly achieved: number | null;
  /** achieved ≥ target; null when either is missing. */
  readonly met: boolean | null;
}

export interface TargetHistoryRow {
  readonly dimension: ScoreDimension;
  readonly id: string;
  readonly label: LocalizedText;
  /** One point per round, in the order given (oldest first). */
  readonly points: readonly TargetHistoryPoint[];
}

/**
 * Target vs. achieved across rounds, for every dimension that had a target in at least one round. Rounds on
 * different bank versions are compared by dimension id (modules and actions keep their ids across versions).
 */
export function targetHistory(
  rounds: ReadonlyArray<{ readonly roundId: string; readonly result: AssessmentResult }>,
): TargetHistoryRow[] {
  const keys = new Map<string, { dimension: ScoreDimension; id: string; label: LocalizedText }>();
  for (const { result } of rounds)
    for (const t of result.targets ?? [])
      keys.set(`${t.dimension}:${t.id}`, { dimension: t.dimension, id: t.id, label: t.label });
  return [...keys.values()].map((key) => ({
    ...key,
    points: rounds.map(({ roundId, result }) => {
      const t = (result.targets ?? []).find((x) => x.dimension === key.dimension && x.id === key.id);
      const all = [result.overall, ...result.byGglAction, ...result.byGglPrinciple, ...result.byModule];
      const achieved = all.find((d) => d.dimension === key.dimension && d.id === key.id)?.score ?? null;
      const target = t?.target ?? null;
      return { roundId, target, achieved, met: target === null || achieved === null ? null : achieved >= target };
    }),
  }));
}

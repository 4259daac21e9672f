/** Scores are shown as whole numbers; null means "no answered question behind this score". */
export function formatScore(score: number | null): string | null {
  return score === null ? null : Math.round(score).toString();
}

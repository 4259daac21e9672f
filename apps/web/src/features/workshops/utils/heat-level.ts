/** One of five colour steps for a 0–100 mean (the number is always printed beside the colour). */
export function heatLevel(mean: number | null): number | null {
  if (mean === null) return null;
  return Math.max(0, Math.min(4, Math.floor(mean / 20)));
}

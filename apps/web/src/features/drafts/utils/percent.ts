/** A 0..1 share as a whole percentage. */
export function percent(share: number): number {
  return Math.round(share * 100);
}

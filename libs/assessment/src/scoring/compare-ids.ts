/** Code-point order for stable tie-breaks; localeCompare is locale-dependent and far slower on the hot path. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

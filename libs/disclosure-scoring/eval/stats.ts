/** Small, dependency-free statistics used by the evaluation script (rank-based, ties averaged). */

export function ranks(values: readonly number[]): number[] {
  const idx = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]?.[0] === idx[i]?.[0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[idx[k]?.[1] ?? 0] = avg;
    i = j + 1;
  }
  return out;
}

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

/** Spearman correlation of x and y with z partialled out (partial correlation on ranks). */
export function partialSpearman(x: readonly number[], y: readonly number[], z: readonly number[]): number {
  const rxy = spearman(x, y);
  const rxz = spearman(x, z);
  const ryz = spearman(y, z);
  const d = Math.sqrt((1 - rxz * rxz) * (1 - ryz * ryz));
  return d === 0 ? 0 : (rxy - rxz * ryz) / d;
}

/** AUC = P(score of a positive > score of a negative), ties count half. */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

/** Quadratic-weighted Cohen's kappa of two raters' ordinal labels 0..k-1 (as the corpora's agreement is reported). */
export function weightedKappa(a: readonly number[], b: readonly number[], k = 3): number {
  const n = a.length;
  if (n === 0 || b.length !== n) throw new Error('two equally long, non-empty label lists');
  const w = (i: number, j: number) => 1 - ((i - j) * (i - j)) / ((k - 1) * (k - 1));
  const share = (xs: readonly number[], v: number) => xs.filter((x) => x === v).length / n;
  let observed = 0;
  for (let i = 0; i < n; i++) observed += w(a[i], b[i]) / n;
  let expected = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) expected += w(i, j) * share(a, i) * share(b, j);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

/**
 * The opt-in industry benchmark (issue 17), as published snapshots. Privacy rules:
 * - k-anonymity per cell: a cell (sector × size band) is shown only with at least BENCHMARK_MIN_CONTRIBUTORS
 *   contributing organizations.
 * - Differencing: a cell's figures change only when its contributor set differs from the last published set by at
 *   least k organizations (joins plus leaves). Otherwise the previously published figures stay frozen, so comparing
 *   two snapshots never isolates one organization that joined or left.
 * Figures are quartiles rounded to whole points, never means (a mean of two published sets is one subtraction away
 * from the difference's scores).
 */
export const BENCHMARK_MIN_CONTRIBUTORS = 5;

/** One opted-in organization's dimension scores (0–100, null when not answered) from its latest submitted round. */
export interface BenchmarkContribution {
  readonly organizationId: string;
  readonly sector: string;
  readonly sizeBand: string;
  readonly scores: Readonly<Record<string, number | null>>;
}

/** Quartiles of one dimension in one cell, whole points; null when fewer than k contributors scored it. */
export interface DimensionDistribution {
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly contributors: number;
}

export interface BenchmarkCell {
  readonly sector: string;
  readonly sizeBand: string;
  readonly contributors: number;
  readonly dimensions: Readonly<Record<string, DimensionDistribution | null>>;
  /** The snapshot in which these figures were computed (older than the snapshot when the cell is frozen). */
  readonly computedIn: number;
  /**
   * Who the figures were computed from. Kept server-side to decide the next publication; never sent to a client
   * (`publicCells` strips it).
   */
  readonly members: readonly string[];
}

export interface BenchmarkSnapshot {
  readonly version: number;
  readonly cells: readonly BenchmarkCell[];
}

export const EMPTY_SNAPSHOT: BenchmarkSnapshot = { version: 0, cells: [] };

const cellKey = (sector: string, sizeBand: string) => `${sector}|${sizeBand}`;

/** Linear-interpolated quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

function distribution(values: readonly number[], k: number): DimensionDistribution | null {
  if (values.length < k) return null;
  const sorted = [...values].sort((x, y) => x - y);
  return {
    p25: Math.round(quantile(sorted, 0.25)),
    median: Math.round(quantile(sorted, 0.5)),
    p75: Math.round(quantile(sorted, 0.75)),
    contributors: values.length,
  };
}

function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (!b.has(x)) n += 1;
  for (const x of b) if (!a.has(x)) n += 1;
  return n;
}

function computeCell(
  sector: string,
  sizeBand: string,
  members: readonly BenchmarkContribution[],
  version: number,
  k: number,
): BenchmarkCell {
  const dimensionIds = new Set(members.flatMap((m) => Object.keys(m.scores)));
  const dimensions: Record<string, DimensionDistribution | null> = {};
  for (const id of [...dimensionIds].sort()) {
    const values = members
      .map((m) => m.scores[id])
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    dimensions[id] = distribution(values, k);
  }
  return {
    sector,
    sizeBand,
    contributors: members.length,
    dimensions,
    computedIn: version,
    members: members.map((m) => m.organizationId).sort(),
  };
}

/**
 * The next snapshot from the current contributions and the last published snapshot. Per cell: fewer than k
 * contributors → not shown (but the last published member set is remembered, so a cell that comes back must still
 * differ from it by k); first publication with ≥ k → computed; otherwise recomputed only when the set changed by ≥ k
 * organizations, else the previous figures are carried over unchanged.
 */
export function nextSnapshot(
  previous: BenchmarkSnapshot,
  contributions: readonly BenchmarkContribution[],
  k: number = BENCHMARK_MIN_CONTRIBUTORS,
): BenchmarkSnapshot {
  const version = previous.version + 1;
  const byCell = new Map<string, BenchmarkContribution[]>();
  for (const c of contributions)
    byCell.set(cellKey(c.sector, c.sizeBand), [...(byCell.get(cellKey(c.sector, c.sizeBand)) ?? []), c]);
  const before = new Map(previous.cells.map((c) => [cellKey(c.sector, c.sizeBand), c]));
  const cells: BenchmarkCell[] = [];
  for (const key of new Set([...byCell.keys(), ...before.keys()])) {
    const members = byCell.get(key) ?? [];
    const last = before.get(key);
    const [sector = '', sizeBand = ''] = key.split('|');
    if (!last) {
      if (members.length >= k) cells.push(computeCell(sector, sizeBand, members, version, k));
      continue;
    }
    const changed = symmetricDifference(new Set(members.map((m) => m.organizationId)), new Set(last.members));
    if (members.length >= k && changed >= k) cells.push(computeCell(sector, sizeBand, members, version, k));
    else cells.push(last); // frozen: the same figures as before (withheld from view below k, see publicCells)
  }
  return {
    version,
    cells: cells.sort((a, b) => cellKey(a.sector, a.sizeBand).localeCompare(cellKey(b.sector, b.sizeBand))),
  };
}

export type PublicBenchmarkCell = Omit<BenchmarkCell, 'members'>;

/** Live contributors per cell (`sector|sizeBand`), stored beside a snapshot so reads need no recomputation. */
export function liveCounts(contributions: readonly BenchmarkContribution[]): Record<string, number> {
  const live: Record<string, number> = {};
  for (const c of contributions) live[cellKey(c.sector, c.sizeBand)] = (live[cellKey(c.sector, c.sizeBand)] ?? 0) + 1;
  return live;
}

/**
 * What a client may see: cells whose figures rest on at least k organizations, without who they are. `current`
 * gives each cell's live contributor count, so a cell whose membership fell below k is withheld even though its
 * frozen figures are remembered.
 */
export function publicCells(
  snapshot: BenchmarkSnapshot,
  current: readonly BenchmarkContribution[],
  k: number = BENCHMARK_MIN_CONTRIBUTORS,
): PublicBenchmarkCell[] {
  return visibleCells(snapshot, liveCounts(current), k);
}

/** `publicCells` from stored live counts (see `liveCounts`). */
export function visibleCells(
  snapshot: BenchmarkSnapshot,
  live: Readonly<Record<string, number>>,
  k: number = BENCHMARK_MIN_CONTRIBUTORS,
): PublicBenchmarkCell[] {
  return snapshot.cells
    .filter((c) => c.contributors >= k && (live[cellKey(c.sector, c.sizeBand)] ?? 0) >= k)
    .map((c): PublicBenchmarkCell => ({
      sector: c.sector,
      sizeBand: c.sizeBand,
      contributors: c.contributors,
      dimensions: c.dimensions,
      computedIn: c.computedIn,
    }));
}

/**
 * Whether `next` (made by `nextSnapshot` from `previous`) publishes exactly what `previous` did: no cell computed
 * anew and the same live counts. Storing it would only bump a version number, so the snapshot job skips it (runs
 * are idempotent).
 */
export function sameSnapshot(
  previous: { readonly snapshot: BenchmarkSnapshot; readonly live: Readonly<Record<string, number>> },
  next: { readonly snapshot: BenchmarkSnapshot; readonly live: Readonly<Record<string, number>> },
): boolean {
  const sorted = (live: Readonly<Record<string, number>>) =>
    JSON.stringify(Object.entries(live).sort(([a], [b]) => a.localeCompare(b)));
  return (
    next.snapshot.cells.length === previous.snapshot.cells.length &&
    next.snapshot.cells.every((c) => c.computedIn !== next.snapshot.version) &&
    sorted(previous.live) === sorted(next.live)
  );
}

export type BenchmarkPosition = 'below-p25' | 'p25-median' | 'median-p75' | 'above-p75';

/** Where one organization's score sits in a published distribution (quartile band, never a rank). */
export function positionIn(score: number, d: DimensionDistribution): BenchmarkPosition {
  if (score < d.p25) return 'below-p25';
  if (score < d.median) return 'p25-median';
  if (score < d.p75) return 'median-p75';
  return 'above-p75';
}

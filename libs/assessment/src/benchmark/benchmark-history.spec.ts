import fc from 'fast-check';
import { scoreAssessment } from '../scoring/score-assessment';
import { sampleAnswers } from '../testing/sample-answers';
import { contributionOf, benchmarkStanding } from './benchmark-standing';
import {
  BENCHMARK_MIN_CONTRIBUTORS,
  BenchmarkContribution,
  BenchmarkSnapshot,
  EMPTY_SNAPSHOT,
  liveCounts,
  nextSnapshot,
  publicCells,
  sameSnapshot,
  visibleCells,
} from './benchmark-snapshot';

const K = BENCHMARK_MIN_CONTRIBUTORS;
const org = (i: number, score: number): BenchmarkContribution => ({
  organizationId: `org-${i}`,
  sector: '3650',
  sizeBand: 'large',
  scores: { overall: score },
});

/** A history of single changes: each step one organization joins (with a score) or one member leaves. */
const historyArb = fc.record({
  start: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 0, maxLength: 12 }),
  steps: fc.array(fc.record({ join: fc.boolean(), score: fc.integer({ min: 0, max: 100 }), pick: fc.nat() }), {
    minLength: 1,
    maxLength: 25,
  }),
});

describe('benchmark privacy over a history of snapshots (property)', () => {
  it('never shows a cell below k, and figures move only after ≥ k joins and leaves since they were computed', () => {
    fc.assert(
      fc.property(historyArb, ({ start, steps }) => {
        let members = start.map((s, i) => org(i, s));
        let snap: BenchmarkSnapshot = nextSnapshot(EMPTY_SNAPSHOT, members);
        let shown = JSON.stringify(publicCells(snap, members));
        steps.forEach((step, n) => {
          const before = snap;
          members =
            step.join || members.length === 0
              ? [...members, org(1000 + n, step.score)]
              : members.filter((_, i) => i !== step.pick % members.length);
          snap = nextSnapshot(snap, members);
          const visible = publicCells(snap, members);
          // Withheld below k: nothing at all is shown for the cell, not even a count.
          if (members.length < K) expect(visible).toEqual([]);
          expect(JSON.stringify(visible)).not.toContain('org-');
          const now = JSON.stringify(visible);
          if (visible.length > 0 && now !== shown && shown !== '[]') {
            // New figures: the cell was recomputed, from a set that differs from the last computation by ≥ k.
            const cell = snap.cells[0];
            const last = before.cells[0];
            expect(cell?.computedIn).toBe(snap.version);
            const a = new Set(cell?.members);
            const b = new Set(last?.members);
            const changed = [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x)).length;
            expect(changed).toBeGreaterThanOrEqual(K);
          }
          if (visible.length > 0) shown = now;
        });
      }),
      { seed: 1717, numRuns: 300 },
    );
  });

  it('differencing: the snapshot after one join or leave equals the one before, for any member set of size ≥ k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: K + 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 100 }),
        fc.nat(),
        (scores, extra, pick) => {
          const members = scores.map((s, i) => org(i, s));
          const s1 = nextSnapshot(EMPTY_SNAPSHOT, members);
          const left = members.filter((_, i) => i !== pick % members.length);
          const joined = [...members, org(999, extra)];
          // The one who left or joined: its score cannot be recovered because the figures do not move at all.
          expect(publicCells(nextSnapshot(s1, left), left)).toEqual(publicCells(s1, members));
          expect(publicCells(nextSnapshot(s1, joined), joined)).toEqual(publicCells(s1, members));
        },
      ),
      { seed: 17, numRuns: 200 },
    );
  });

  it('is idempotent: the same contributions again publish nothing new', () => {
    const members = [10, 20, 30, 40, 50].map((s, i) => org(i, s));
    const s1 = nextSnapshot(EMPTY_SNAPSHOT, members);
    const s2 = nextSnapshot(s1, members);
    expect(sameSnapshot({ snapshot: s1, live: liveCounts(members) }, { snapshot: s2, live: liveCounts(members) })).toBe(
      true,
    );
    // One leave: the figures stay frozen but the live count changed, so the new state is stored.
    const left = members.slice(1);
    const s3 = nextSnapshot(s1, left);
    expect(sameSnapshot({ snapshot: s1, live: liveCounts(members) }, { snapshot: s3, live: liveCounts(left) })).toBe(
      false,
    );
    expect(visibleCells(s3, liveCounts(left))).toEqual([]);
    // A first publication is never "the same".
    expect(sameSnapshot({ snapshot: EMPTY_SNAPSHOT, live: {} }, { snapshot: s1, live: liveCounts(members) })).toBe(
      false,
    );
  });
});

describe('what a round contributes and where it stands', () => {
  const profile = { listingStatus: 'prime', companySize: 'large' } as const;
  const result = scoreAssessment({ track: 'listed', answers: sampleAnswers('listed', 2, profile), profile });

  it('shares only rounded dimension scores keyed by dimension, nothing of the answers', () => {
    const c = contributionOf('org-a', '3650', 'large', result);
    expect(Object.keys(c.scores)).toEqual(expect.arrayContaining(['overall', 'action:1', 'action:7']));
    expect(Object.keys(c.scores).every((k) => k === 'overall' || /^(action|module):/.test(k))).toBe(true);
    expect(Object.values(c.scores).every((v) => v === null || Number.isInteger(v))).toBe(true);
    expect(JSON.stringify(c)).not.toContain(Object.keys(sampleAnswers('listed', 2, profile))[0] ?? '§');
  });

  it('places the own score in the industry quartiles and withholds thin dimensions without a count', () => {
    const members = [20, 30, 40, 50, 60].map((s, i) => ({
      ...org(i, s),
      scores: { overall: s, 'action:1': i < 4 ? s : null },
    }));
    const [cell] = publicCells(nextSnapshot(EMPTY_SNAPSHOT, members), members);
    if (!cell) throw new Error('cell withheld');
    const rows = benchmarkStanding(result, cell);
    const overall = rows.find((r) => r.key === 'overall');
    expect(overall?.industry).toEqual({ p25: 30, median: 40, p75: 50 });
    expect(overall?.own).toBe(Math.round(result.overall.score ?? -1));
    expect(overall?.position).not.toBeNull();
    expect(rows.find((r) => r.key === 'action:1')).toMatchObject({ industry: null, position: null });
    expect(JSON.stringify(rows)).not.toContain('contributors');
  });
});

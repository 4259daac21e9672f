import fc from 'fast-check';
import { BenchmarkContribution, EMPTY_SNAPSHOT, nextSnapshot, positionIn, publicCells } from './benchmark-snapshot';

const org = (i: number, score: number | null, sector = '3650', sizeBand = 'large'): BenchmarkContribution => ({
  organizationId: `org-${i}`,
  sector,
  sizeBand,
  scores: { overall: score, m6: score === null ? null : Math.min(100, score + 10) },
});

describe('benchmark snapshots', () => {
  it('withholds a cell with fewer than 5 contributors and shows it from 5 on, without member ids', () => {
    const four = [10, 20, 30, 40].map((s, i) => org(i, s));
    const s1 = nextSnapshot(EMPTY_SNAPSHOT, four);
    expect(publicCells(s1, four)).toEqual([]);
    const five = [...four, org(4, 50)];
    const s2 = nextSnapshot(s1, five);
    const [cell] = publicCells(s2, five);
    expect(cell).toMatchObject({
      sector: '3650',
      sizeBand: 'large',
      contributors: 5,
      computedIn: 2,
      dimensions: { overall: { p25: 20, median: 30, p75: 40, contributors: 5 } },
    });
    expect(JSON.stringify(publicCells(s2, five))).not.toContain('org-');
  });

  it('withholds a dimension fewer than 5 contributors answered', () => {
    const members = [10, 20, 30, 40, null, 60].map((s, i) => org(i, s));
    const [cell] = publicCells(nextSnapshot(EMPTY_SNAPSHOT, members), members);
    expect(cell?.dimensions['overall']).toEqual({ p25: 20, median: 30, p75: 40, contributors: 5 });
  });

  it('keeps the figures frozen when one organization joins or leaves, so two snapshots cannot be subtracted', () => {
    const base = [10, 20, 30, 40, 50, 60].map((s, i) => org(i, s));
    const s1 = nextSnapshot(EMPTY_SNAPSHOT, base);
    const joined = [...base, org(99, 100)];
    const s2 = nextSnapshot(s1, joined);
    expect(publicCells(s2, joined)).toEqual(publicCells(s1, base));
    const left = base.slice(1);
    const s3 = nextSnapshot(s2, left);
    expect(publicCells(s3, left)).toEqual(publicCells(s1, base));
  });

  it('recomputes once the set changed by 5 or more, counting joins and leaves since the last publication', () => {
    const base = [10, 20, 30, 40, 50].map((s, i) => org(i, s));
    let snap = nextSnapshot(EMPTY_SNAPSHOT, base);
    let members = base;
    // One at a time: each step alone is too small, the fifth change since publication is not.
    for (let i = 0; i < 5; i++) {
      members = [...members, org(100 + i, 90)];
      const next = nextSnapshot(snap, members);
      expect(publicCells(next, members)[0]?.computedIn).toBe(i < 4 ? 1 : next.version);
      snap = next;
    }
    expect(publicCells(snap, members)[0]?.contributors).toBe(10);
  });

  it('hides a frozen cell whose live membership fell below 5, and needs a change of 5 to show new figures', () => {
    const base = [10, 20, 30, 40, 50].map((s, i) => org(i, s));
    const s1 = nextSnapshot(EMPTY_SNAPSHOT, base);
    const four = base.slice(0, 4);
    const s2 = nextSnapshot(s1, four);
    expect(publicCells(s2, four)).toEqual([]);
    // Back to five with one newcomer: two changes since the last publication — the old figures, not new ones.
    const back = [...four, org(77, 100)];
    const s3 = nextSnapshot(s2, back);
    expect(publicCells(s3, back)).toEqual(publicCells(s1, base));
  });

  it('property: for any cell and any single join or leave, the published figures do not move', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 30 }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        (scores, extra, join) => {
          const members = scores.map((s, i) => org(i, s));
          const s1 = nextSnapshot(EMPTY_SNAPSHOT, members);
          const changed = join ? [...members, org(1000, extra)] : members.slice(1);
          const s2 = nextSnapshot(s1, changed);
          const visible = publicCells(s2, changed);
          // Either withheld (fell below k) or exactly the figures published before the change.
          expect(visible.length === 0 || JSON.stringify(visible) === JSON.stringify(publicCells(s1, members))).toBe(
            true,
          );
        },
      ),
      { seed: 17, numRuns: 200 },
    );
  });

  it('places a score in a quartile band, never a rank', () => {
    const d = { p25: 20, median: 30, p75: 40, contributors: 5 };
    expect([10, 20, 35, 40, 90].map((s) => positionIn(s, d))).toEqual([
      'below-p25',
      'p25-median',
      'median-p75',
      'above-p75',
      'above-p75',
    ]);
  });
});

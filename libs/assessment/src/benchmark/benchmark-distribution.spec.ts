import { cellDistribution, dimensionLabel } from './benchmark-distribution';
import { PublicBenchmarkCell } from './benchmark-snapshot';

const cell: PublicBenchmarkCell = {
  sector: '3250',
  sizeBand: 'large',
  contributors: 6,
  computedIn: 2,
  dimensions: {
    'module:no-such-module': { p25: 1, median: 2, p75: 3, contributors: 6 },
    'action:2': null,
    'action:10': { p25: 1, median: 2, p75: 3, contributors: 6 },
    'action:1': { p25: 20, median: 40, p75: 60, contributors: 6 },
    overall: { p25: 30, median: 45, p75: 70, contributors: 6 },
  },
};

describe('cellDistribution', () => {
  it('orders overall first, then actions numerically, keeps withheld dimensions as null and never passes counts', () => {
    const rows = cellDistribution(cell);
    expect(rows.map((r) => r.key)).toEqual(['overall', 'action:1', 'action:2']);
    expect(rows[0]).toEqual({
      key: 'overall',
      label: { ja: '総合', en: 'Overall' },
      quartiles: { p25: 30, median: 45, p75: 70 },
    });
    expect(rows[2]?.quartiles).toBeNull();
    expect(JSON.stringify(rows)).not.toContain('contributors');
  });

  it('labels known keys in both languages and drops keys the bank does not know', () => {
    expect(dimensionLabel('action:1')?.ja).toBeTruthy();
    expect(dimensionLabel('action:1')?.en).toBeTruthy();
    expect(dimensionLabel('action:10')).toBeNull();
    expect(dimensionLabel('module:no-such-module')).toBeNull();
    expect(dimensionLabel('something')).toBeNull();
  });
});

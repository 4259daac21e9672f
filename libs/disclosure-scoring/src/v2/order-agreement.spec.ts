import { orderAgreement, type CalibrationTable } from './calibration';
import { CALIBRATION_TABLE } from './calibration-table';

// A made-up table, so the wording and the arithmetic are checked apart from the shipped figures.
const table: CalibrationTable = {
  source: 'test',
  bands: [{ grade: 'C', min: 0, max: 100, n: 10, strong: 2, medium: 3, weak: 5 }],
  pairs: {
    source: 'test pairs',
    bands: [
      { min: 1, max: 4, pairs: 200, agree: 110 },
      { min: 5, max: 29, pairs: 200, agree: 160 },
      { min: 30, max: 100, pairs: 100, agree: 95 },
    ],
  },
};

describe('orderAgreement: how far to trust the order of two scores', () => {
  it('orders nothing for equal scores or without a pair table', () => {
    expect(orderAgreement(40, 40, table)).toBeNull();
    expect(orderAgreement(40.2, 39.8, table)).toBeNull();
    expect(orderAgreement(10, 60, { ...table, pairs: undefined })).toBeNull();
  });

  it('gives the share of pairs in the analysts’ order, with its interval, whichever score comes first', () => {
    const close = orderAgreement(42, 45, table);
    expect(close).toMatchObject({ difference: 3, band: '1-4', pairs: 200, agreeRate: 0.55, decisive: false });
    expect(close?.interval[0]).toBeLessThan(0.5);
    expect(close?.meaning.ja).toContain('点数で決めることはできません');
    expect(close?.meaning.en).toContain('does not tell which text is better');
    expect(orderAgreement(45, 42, table)).toEqual(close);

    const far = orderAgreement(20, 70, table);
    expect(far).toMatchObject({
      difference: 50,
      band: '30-100',
      agreeRate: 0.95,
      decisive: true,
      source: 'test pairs',
    });
    expect(far?.meaning.ja).toContain('30点以上');
    expect(far?.meaning.ja).toContain('95%');
    expect(far?.meaning.ja).not.toContain('決めることはできません');
    expect(far?.meaning.en).toContain('30 points or more');
  });

  it('calls an order decisive only when its interval lies clearly above a coin, not just above one half', () => {
    const many: CalibrationTable = {
      ...table,
      pairs: { source: 'many pairs', bands: [{ min: 1, max: 100, pairs: 2000, agree: 1100 }] },
    };
    const slight = orderAgreement(40, 42, many);
    // 55 % of 2,000 pairs: the interval (53-57 %) lies above one half, and the order is still wrong 45 % of the time.
    expect(slight?.interval[0]).toBeGreaterThan(0.5);
    expect(slight?.decisive).toBe(false);
    expect(slight?.meaning.en).toContain('does not tell which text is better');
  });

  it('ships a table whose small differences are not decisive and whose large ones are', () => {
    expect(orderAgreement(40, 42)?.decisive).toBe(false);
    expect(orderAgreement(20, 60)?.decisive).toBe(true);
    expect(orderAgreement(20, 60)?.source).toMatch(/^analysts: pairs within sets \d+-\d+ rated differently/u);
  });
});

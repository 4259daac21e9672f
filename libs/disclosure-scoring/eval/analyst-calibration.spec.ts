import { CALIBRATION_TABLE } from '../src/v2/calibration-table';
import { analystCalibration } from './analyst-calibration';

describe("the calibration behind a score's meaning", () => {
  it("is what the analysts' sets 75-135 give for the scorer as it is now (regenerate after any scorer change)", () => {
    const date = /, (\d{4}-\d{2}-\d{2})$/u.exec(CALIBRATION_TABLE.source)?.[1] ?? '';
    expect(CALIBRATION_TABLE).toEqual(analystCalibration(date));
    expect(CALIBRATION_TABLE.source).toMatch(/^analysts: 600 rated texts, sets 75-135, \d{4}-\d{2}-\d{2}$/u);
    // Every grade rests on real rated texts, and the analysts' mean label (what the bands are fit on: weak 0, medium
    // ½, strong 1) rises with the grade. The share rated strong rises from D upwards; E and D are both rarely strong
    // (on 75-135, 3 of 45 at E against 8 of 120 at D: within each other's interval, and the page shows both).
    const bands = CALIBRATION_TABLE.bands;
    for (const b of bands) expect(b.n).toBeGreaterThanOrEqual(20);
    const meanLabel = bands.map((b) => (b.strong + b.medium / 2) / b.n);
    expect(meanLabel).toEqual([...meanLabel].sort((a, b) => a - b));
    const rates = bands.map((b) => b.strong / b.n);
    expect(rates.slice(1)).toEqual([...rates.slice(1)].sort((a, b) => a - b));
    expect(rates.slice(0, 2).every((r) => r < 0.1)).toBe(true);
    // Pairs: every band rests on real pairs, and scores further apart agree with the analysts more often.
    const pairs = CALIBRATION_TABLE.pairs?.bands ?? [];
    expect(pairs.map((b) => [b.min, b.max])).toEqual([
      [1, 4],
      [5, 9],
      [10, 19],
      [20, 29],
      [30, 100],
    ]);
    for (const b of pairs) expect(b.pairs).toBeGreaterThanOrEqual(100);
    const agree = pairs.map((b) => b.agree / b.pairs);
    expect(agree).toEqual([...agree].sort((a, b) => a - b));
  }, 60_000);
});

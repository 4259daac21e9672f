import { CALIBRATION_TABLE } from '../src/v2/calibration-table';
import { analystCalibration } from './analyst-calibration';

describe("the calibration behind a score's meaning", () => {
  it("is what the analysts' sets 75-122 give for the scorer as it is now (regenerate after any scorer change)", () => {
    const date = /, (\d{4}-\d{2}-\d{2})$/u.exec(CALIBRATION_TABLE.source)?.[1] ?? '';
    expect(CALIBRATION_TABLE).toEqual(analystCalibration(date));
    expect(CALIBRATION_TABLE.source).toMatch(/^analysts: 480 rated texts, sets 75-122, \d{4}-\d{2}-\d{2}$/u);
    // Every grade rests on real rated texts, and the share rated strong rises with the grade.
    const rates = CALIBRATION_TABLE.bands.map((b) => b.strong / b.n);
    for (const b of CALIBRATION_TABLE.bands) expect(b.n).toBeGreaterThanOrEqual(20);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
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

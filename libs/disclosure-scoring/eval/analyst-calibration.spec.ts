import { CALIBRATION_TABLE } from '../src/v2/calibration-table';
import { analystCalibration } from './analyst-calibration';

describe("the calibration behind a score's meaning", () => {
  it("is what the analysts' sets 75-104 give for the scorer as it is now (regenerate after any scorer change)", () => {
    const date = /, (\d{4}-\d{2}-\d{2})$/u.exec(CALIBRATION_TABLE.source)?.[1] ?? '';
    expect(CALIBRATION_TABLE).toEqual(analystCalibration(date));
    expect(CALIBRATION_TABLE.source).toMatch(/^analysts: 300 rated texts, sets 75-104, \d{4}-\d{2}-\d{2}$/u);
    // Every grade rests on real rated texts, and the share rated strong rises with the grade.
    const rates = CALIBRATION_TABLE.bands.map((b) => b.strong / b.n);
    for (const b of CALIBRATION_TABLE.bands) expect(b.n).toBeGreaterThanOrEqual(20);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
  }, 60_000);
});

import { CALIBRATION_TABLE, calibrationFor, judgeDisclosure } from '@ipgn/disclosure-scoring';
import { gradeBasisOf } from './grade-basis';

describe('gradeBasisOf', () => {
  it('reads the band, its counts and the interval the scorer states in its own sentence (9 %, not 10 %)', () => {
    // Band 72–100 holds 2 rated texts, 1 strong: Wilson 0.0945–0.9055. Stored rounded to 0.095, it read "10 %".
    const calibration = {
      band: '72-100',
      n: 2,
      strongRate: 0.5,
      weakRate: 0,
      interval: [0.095, 0.905],
      source: 'dev: 173 rated texts, 2026-12-03',
    };
    expect(gradeBasisOf(calibration)).toEqual({
      min: 72,
      max: 100,
      rated: 2,
      strong: 1,
      medium: 1,
      weak: 0,
      strongPercent: 50,
      interval: [9, 91],
      source: 'dev: 173 rated texts, 2026-12-03',
    });
  });

  it('agrees with every band of the calibration table and with the percentages in the scorer sentence', () => {
    for (const band of CALIBRATION_TABLE.bands) {
      const calibration = calibrationFor(band.min);
      const basis = gradeBasisOf(calibration);
      expect(basis).toMatchObject({
        min: band.min,
        max: band.max,
        rated: band.n,
        strong: band.strong,
        medium: band.medium,
        weak: band.weak,
      });
      if (band.n > 0 && basis) {
        // The scorer's Japanese sentence carries "95%区間 lo%〜hi%" from the unrounded interval: the same figures.
        expect(calibration.meaning.ja).toContain(`95%区間 ${basis.interval[0]}%〜${basis.interval[1]}%`);
        expect(calibration.meaning.ja).toContain(`（${basis.strongPercent}%、`);
      }
    }
  });

  it("adds the band on everyday disclosures when the calibration has it (v2.45), with the table's counts", () => {
    for (const band of CALIBRATION_TABLE.bands) {
      const everyday = CALIBRATION_TABLE.ordinary?.bands.find((b) => b.grade === band.grade);
      expect(everyday).toBeDefined();
      const basis = gradeBasisOf(calibrationFor(band.min));
      expect(basis?.ordinary).toMatchObject({
        rated: everyday?.n,
        strong: everyday?.strong,
        source: CALIBRATION_TABLE.ordinary?.source,
      });
    }
    // A stored result from before v2.45 has none, and an unreadable one gives none.
    expect(gradeBasisOf({ band: '0-10', n: 3, strongRate: 0, weakRate: 1, source: 's' })).not.toHaveProperty(
      'ordinary',
    );
    expect(
      gradeBasisOf({
        band: '0-10',
        n: 3,
        strongRate: 0,
        weakRate: 1,
        source: 's',
        ordinary: { n: 2, strongRate: 5, weakRate: 0, source: 'x' },
      }),
    ).not.toHaveProperty('ordinary');
  });

  it('recovers exact counts from rates rounded to three decimals', () => {
    for (let n = 1; n <= 400; n += 7)
      for (const k of [0, 1, Math.floor(n / 3), n - 1, n].filter((x) => x >= 0 && x <= n)) {
        const rate = Math.round((k / n) * 1000) / 1000;
        expect(gradeBasisOf({ band: '0-10', n, strongRate: rate, weakRate: 0, source: '' })?.strong).toBe(k);
      }
  });

  it('says nothing for a band without rated texts other than that it has none', () => {
    expect(gradeBasisOf({ band: '11-20', n: 0, strongRate: 0, weakRate: 0, source: 's' })).toMatchObject({
      rated: 0,
      strong: 0,
      medium: 0,
      weak: 0,
      strongPercent: 0,
      interval: [0, 100],
    });
  });

  it('is null without a readable calibration (results saved by the v1 scorer)', () => {
    expect(gradeBasisOf(undefined)).toBeNull();
    expect(gradeBasisOf(null)).toBeNull();
    expect(gradeBasisOf({ band: 'high', n: 2, strongRate: 0.5, weakRate: 0, source: '' })).toBeNull();
    expect(gradeBasisOf({ band: '0-10', n: 2, strongRate: 1, weakRate: 1, source: '' })).toBeNull();
  });

  it('reads a real judgement', () => {
    const result = judgeDisclosure('当社の知財戦略は重要です。', { language: 'ja' });
    const basis = gradeBasisOf(result.calibration);
    expect(basis?.rated).toBe(result.calibration.n);
    expect(basis && result.overall >= basis.min && result.overall <= basis.max).toBe(true);
  });
});

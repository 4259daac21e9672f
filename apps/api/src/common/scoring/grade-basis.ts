import { wilson } from '@ipgn/disclosure-scoring';
import type { GradeBasis, OrdinaryGradeBasis } from '@ipgn/contracts';

/** The part of a stored calibration (the scorer's `Calibration`) the grade's basis is read from. */
export interface StoredCalibration {
  band: string;
  n: number;
  strongRate: number;
  weakRate: number;
  source: string;
  /** The band on everyday disclosures (since v2.45). */
  ordinary?: { n: number; strongRate: number; weakRate: number; source: string };
}

const BAND = /^(\d+)\s*-\s*(\d+)$/;
const percent = (x: number): number => Math.round(x * 100);

/**
 * What a stored result's grade stands for, from the calibration stored with it: the band's range, how many rated
 * texts fell in it and how people rated them, and the share rated strong with its 95 % interval, in whole percent.
 *
 * The one place these figures are made. The scorer stores its rates rounded to three decimals (and its interval
 * too); rounding a rounded interval again gave "10 %" where the scorer's own sentence said "9 %". So the counts are
 * read back from the rates (exact while a band holds fewer than 1,000 texts), the interval is recomputed from the
 * counts with the scorer's own `wilson`, and everything is rounded to whole percent here, once.
 *
 * Null when there is no calibration (a v1 result) or it cannot be read.
 */
export function gradeBasisOf(calibration: StoredCalibration | null | undefined): GradeBasis | null {
  if (!calibration || typeof calibration !== 'object') return null;
  const band = BAND.exec(String(calibration.band ?? ''));
  const rated = Number(calibration.n);
  if (!band || !Number.isInteger(rated) || rated < 0) return null;
  const strong = Math.round(Number(calibration.strongRate) * rated);
  const weak = Math.round(Number(calibration.weakRate) * rated);
  if (!Number.isFinite(strong) || !Number.isFinite(weak) || strong + weak > rated) return null;
  const [lo, hi] = wilson(strong, rated);
  return {
    min: Number(band[1]),
    max: Number(band[2]),
    rated,
    strong,
    medium: rated - strong - weak,
    weak,
    strongPercent: rated === 0 ? 0 : percent(strong / rated),
    interval: [percent(lo), percent(hi)],
    source: String(calibration.source ?? ''),
    ...ordinaryOf(calibration.ordinary),
  };
}

/** The everyday set's figures for the band, read back the same way; nothing when absent or unreadable. */
function ordinaryOf(o: StoredCalibration['ordinary']): { ordinary?: OrdinaryGradeBasis } {
  if (!o || typeof o !== 'object') return {};
  const rated = Number(o.n);
  const strong = Math.round(Number(o.strongRate) * rated);
  if (!Number.isInteger(rated) || rated < 0 || !Number.isFinite(strong) || strong > rated) return {};
  const [lo, hi] = wilson(strong, rated);
  return {
    ordinary: {
      rated,
      strong,
      strongPercent: rated === 0 ? 0 : percent(strong / rated),
      interval: [percent(lo), percent(hi)],
      source: String(o.source ?? ''),
    },
  };
}

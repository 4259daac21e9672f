import { ASSESSMENT_MODULES } from '../bank/assessment-module';
import { LocalizedText, t } from '../i18n/localized-text';
import { GGL_ACTIONS } from '../taxonomy/ggl-actions';
import { DimensionDistribution, PublicBenchmarkCell } from './benchmark-snapshot';

export interface DistributionRow {
  /** 'overall', 'action:<n>' or 'module:<id>'. */
  readonly key: string;
  readonly label: LocalizedText;
  /** Null when fewer than k organizations scored this dimension (withheld, no count given). */
  readonly quartiles: Omit<DimensionDistribution, 'contributors'> | null;
}

/** The label of a stored dimension key; null for a key the current bank no longer knows (left out, not guessed). */
export function dimensionLabel(key: string): LocalizedText | null {
  if (key === 'overall') return t('総合', 'Overall');
  if (key.startsWith('action:')) return GGL_ACTIONS.find((a) => `action:${a.id}` === key)?.label ?? null;
  if (key.startsWith('module:')) return ASSESSMENT_MODULES.find((m) => `module:${m.id}` === key)?.title ?? null;
  return null;
}

const order = (key: string): number => {
  if (key === 'overall') return 0;
  if (key.startsWith('action:')) return 1;
  return 2;
};

/**
 * A visible cell's distribution for anyone to read (the investor's view): quartiles per dimension, overall first,
 * then the GGL actions, then modules. No own score and no per-dimension count: a withheld dimension is only null.
 */
export function cellDistribution(cell: PublicBenchmarkCell): DistributionRow[] {
  return Object.entries(cell.dimensions)
    .flatMap(([key, d]): DistributionRow[] => {
      const label = dimensionLabel(key);
      if (!label) return [];
      return [{ key, label, quartiles: d ? { p25: d.p25, median: d.median, p75: d.p75 } : null }];
    })
    .sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key, 'en', { numeric: true }));
}

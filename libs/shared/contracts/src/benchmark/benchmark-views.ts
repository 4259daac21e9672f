import type { PersonRef } from '../common/person-ref';

/** An organization's part in the anonymous industry benchmark (off by default; owners and admins switch it). */
export interface BenchmarkParticipationView {
  optedIn: boolean;
  optedInAt: string | null;
  optedInBy: PersonRef | null;
  /** The organization profile's TSE sector: the benchmark cell is sector × size band. Null: set it first. */
  industry: string | null;
  sizeBand: string;
}

export interface UpdateBenchmarkParticipationRequest {
  optedIn: boolean;
}

export type BenchmarkQuartileBand = 'below-p25' | 'p25-median' | 'median-p75' | 'above-p75';

export interface BenchmarkStandingRowView {
  /** 'overall', 'action:<n>' or 'module:<id>'. */
  key: string;
  label: { ja: string; en: string };
  own: number | null;
  /** Withheld (null) when fewer than the minimum scored this dimension; no count is ever given for it. */
  industry: { p25: number; median: number; p75: number } | null;
  position: BenchmarkQuartileBand | null;
}

/**
 * "Where we stand" for one round. Only `shown` carries figures; every other state carries none, not even how many
 * organizations there are, so nothing can be subtracted.
 */
export type BenchmarkStandingView =
  | { status: 'not-opted-in' | 'no-industry' | 'no-snapshot'; minimum: number }
  | { status: 'not-enough'; minimum: number; industry: string; sizeBand: string }
  | {
      status: 'shown';
      minimum: number;
      industry: string;
      sizeBand: string;
      /** Organizations behind the figures when they were computed (frozen with them). */
      contributors: number;
      /** When the shown figures were computed (they stay frozen until ≥ minimum organizations joined or left). */
      computedAt: string;
      rows: BenchmarkStandingRowView[];
    };

export interface PublicBenchmarkRowView {
  /** 'overall', 'action:<n>' or 'module:<id>'. */
  key: string;
  label: { ja: string; en: string };
  /** Withheld (null) when fewer than the minimum scored this dimension; no count is ever given for it. */
  quartiles: { p25: number; median: number; p75: number } | null;
}

/** One size band's published distribution in a sector; bands below the minimum are absent (no count given). */
export interface PublicBenchmarkBandView {
  sizeBand: string;
  /** Organizations behind the figures when they were computed (frozen with them). */
  contributors: number;
  computedAt: string;
  rows: PublicBenchmarkRowView[];
}

/** The investor's view of a sector: anonymous quartiles only, never an organization's id, name or own score. */
export interface PublicBenchmarkView {
  industry: string;
  minimum: number;
  bands: PublicBenchmarkBandView[];
}

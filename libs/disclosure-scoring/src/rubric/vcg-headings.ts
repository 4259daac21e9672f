import type { VcgHeading } from '../lib/types';

/**
 * Top-level headings of METI 価値協創ガイダンス2.0 (REFERENCE §4: top level ✅; sub-items unverified, so we
 * map suggestions only to the top level).
 */
export const VCG_HEADINGS: readonly VcgHeading[] = [
  { id: 'VCG1', number: 1, name: { ja: '価値観', en: 'Values' } },
  { id: 'VCG2', number: 2, name: { ja: '長期戦略', en: 'Long-term strategy' } },
  {
    id: 'VCG3',
    number: 3,
    name: { ja: '実行戦略（中期経営戦略など）', en: 'Execution strategy (medium-term plan etc.)' },
  },
  {
    id: 'VCG4',
    number: 4,
    name: { ja: '成果と重要な成果指標（KPI）', en: 'Outcomes and key performance indicators (KPIs)' },
  },
  { id: 'VCG5', number: 5, name: { ja: 'ガバナンス', en: 'Governance' } },
  { id: 'VCG6', number: 6, name: { ja: '実質的な対話・エンゲージメント', en: 'Substantive dialogue and engagement' } },
];

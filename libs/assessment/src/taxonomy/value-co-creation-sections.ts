import { LocalizedText, t } from '../i18n/localized-text';

/**
 * 価値協創ガイダンス2.0 top-level sections (REFERENCE §4: top level ✅, sub-items ⚠️).
 * We tag only the top level because the sub-item numbering is unconfirmed.
 */
export const VCG_SECTION_IDS = ['1', '2', '3', '4', '5', '6'] as const;
export type VcgSectionId = (typeof VCG_SECTION_IDS)[number];

export interface VcgSection {
  readonly id: VcgSectionId;
  readonly name: LocalizedText;
}

export const VCG_SECTIONS: readonly VcgSection[] = [
  { id: '1', name: t('価値観', 'Values') },
  { id: '2', name: t('長期戦略', 'Long-term strategy') },
  { id: '3', name: t('実行戦略（中期経営戦略など）', 'Execution strategy (medium-term plan etc.)') },
  { id: '4', name: t('成果と重要な成果指標（KPI）', 'Outcomes and key performance indicators') },
  { id: '5', name: t('ガバナンス', 'Governance') },
  { id: '6', name: t('実質的な対話・エンゲージメント', 'Substantive dialogue and engagement') },
];

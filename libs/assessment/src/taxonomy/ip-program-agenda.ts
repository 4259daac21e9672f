import { LocalizedText, t } from '../i18n/localized-text';
import { SourceConfidence } from './source-confidence';

/**
 * Company-level items from the IP Strategic Program 2026 discussion points (Cabinet Office IP Strategy Secretariat,
 * Nov 2025, sections 2–3) and the bank review of 2026-12-01 (REFERENCE §12). The labels are our paraphrase; the
 * questions asked about them are our design, never the paper's text.
 */
export const AGENDA_ITEM_IDS = [
  'ai-use-policy',
  'ai-involvement-records',
  'training-data-rights',
  'data-as-asset',
  'ai-vendor-contracts',
  'standards-in-strategy',
  'standards-ownership',
  'standards-return',
  'standards-essential-patents',
  'employee-inventions',
  'leakage-economic-security',
  'human-capital-link',
  'capital-cost-pbr',
] as const;
export type AgendaItemId = (typeof AGENDA_ITEM_IDS)[number];

export type AgendaTheme = 'ai-data' | 'standards' | 'governance-review';

export interface AgendaItem {
  readonly id: AgendaItemId;
  readonly theme: AgendaTheme;
  readonly label: LocalizedText;
  /** Where the item comes from (REFERENCE §12). */
  readonly source: LocalizedText;
  readonly confidence: SourceConfidence;
}

const PROGRAM_2026_AI = t(
  '知的財産推進計画2026に向けた論点整理（2025年11月）AIとデータ',
  'Discussion points for the IP Strategic Program 2026 (Nov 2025): AI and data',
);
const PROGRAM_2026_STANDARDS = t(
  '知的財産推進計画2026に向けた論点整理（2025年11月）国際標準（2025年6月の新たな国際標準戦略）',
  'Discussion points for the IP Strategic Program 2026 (Nov 2025): international standards (new international standards strategy, June 2025)',
);
const BANK_REVIEW = t(
  '設問バンクの見直し（2026年12月）。引用時は一次資料を確認',
  'Question-bank review (Dec 2026); check primary sources before citing',
);

export const AGENDA_THEME_LABELS: Readonly<Record<AgendaTheme, LocalizedText>> = {
  'ai-data': t('AIとデータ', 'AI and data'),
  standards: t('国際標準', 'International standards'),
  'governance-review': t('その他のガバナンス論点', 'Other governance items'),
};

export const AGENDA_ITEMS: readonly AgendaItem[] = [
  {
    id: 'ai-use-policy',
    theme: 'ai-data',
    label: t('生成AIの利用方針', 'Policy for generative-AI use'),
    source: PROGRAM_2026_AI,
    confidence: 'confirmed',
  },
  {
    id: 'ai-involvement-records',
    theme: 'ai-data',
    label: t(
      '研究開発・デザインにおけるAI関与の記録（関与の4段階）',
      'Records of AI’s part in R&D and design (four degrees of involvement)',
    ),
    source: PROGRAM_2026_AI,
    confidence: 'confirmed',
  },
  {
    id: 'training-data-rights',
    theme: 'ai-data',
    label: t('学習・調整に使うデータの権利と条件', 'Rights and terms of data used to train or tune models'),
    source: PROGRAM_2026_AI,
    confidence: 'confirmed',
  },
  {
    id: 'data-as-asset',
    theme: 'ai-data',
    label: t(
      '無形資産としてのデータ（帰属・保護・収益化）',
      'Data as an intangible asset (ownership, protection, earnings)',
    ),
    source: PROGRAM_2026_AI,
    confidence: 'confirmed',
  },
  {
    id: 'ai-vendor-contracts',
    theme: 'ai-data',
    label: t('AI事業者との契約', 'Contracts with AI vendors'),
    source: PROGRAM_2026_AI,
    confidence: 'confirmed',
  },
  {
    id: 'standards-in-strategy',
    theme: 'standards',
    label: t('事業・知財戦略と一体での標準化の判断', 'Standards work decided with the business and IP strategy'),
    source: PROGRAM_2026_STANDARDS,
    confidence: 'confirmed',
  },
  {
    id: 'standards-ownership',
    theme: 'standards',
    label: t('標準化活動の責任者', 'Ownership of standards work'),
    source: PROGRAM_2026_STANDARDS,
    confidence: 'confirmed',
  },
  {
    id: 'standards-return',
    theme: 'standards',
    label: t('標準化活動の費用対効果の判断', 'How the return on standards work is judged'),
    source: PROGRAM_2026_STANDARDS,
    confidence: 'confirmed',
  },
  {
    id: 'standards-essential-patents',
    theme: 'standards',
    label: t('標準必須特許と標準関連のライセンス', 'Standard-essential patents and standard-related licensing'),
    source: PROGRAM_2026_STANDARDS,
    confidence: 'confirmed',
  },
  {
    id: 'employee-inventions',
    theme: 'governance-review',
    label: t('職務発明の規程とインセンティブ', 'Employee-invention rules and incentives'),
    source: BANK_REVIEW,
    confidence: 'single-source',
  },
  {
    id: 'leakage-economic-security',
    theme: 'governance-review',
    label: t('技術流出の防止と経済安全保障', 'Technology-leakage prevention and economic security'),
    source: BANK_REVIEW,
    confidence: 'single-source',
  },
  {
    id: 'human-capital-link',
    theme: 'governance-review',
    label: t('人的資本の開示との連携', 'Link to human-capital disclosure'),
    source: BANK_REVIEW,
    confidence: 'single-source',
  },
  {
    id: 'capital-cost-pbr',
    theme: 'governance-review',
    label: t(
      '資本コストと株価を意識した経営（PBR1倍割れ）',
      'Management conscious of cost of capital and share price (PBR below 1)',
    ),
    source: BANK_REVIEW,
    confidence: 'single-source',
  },
];

export function isAgendaItemId(value: unknown): value is AgendaItemId {
  return typeof value === 'string' && (AGENDA_ITEM_IDS as readonly string[]).includes(value);
}

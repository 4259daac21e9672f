import { LocalizedText, t } from '../i18n/localized-text';

/**
 * Corporate Governance Code clauses, per edition. The 2026 revision's final numbering is not confirmed
 * (REFERENCE §3.3), so its list stays empty until it is; tags therefore always name their edition.
 */
export const CGC_EDITIONS = ['2021', '2026'] as const;
export type CgcEdition = (typeof CGC_EDITIONS)[number];

export interface CgcTag {
  readonly code: 'CGC';
  readonly edition: CgcEdition;
  readonly clause: string;
}

export interface CgcClause {
  readonly edition: CgcEdition;
  readonly clause: string;
  /** Display form, e.g. 補充原則3-1③. */
  readonly label: LocalizedText;
  /** Our paraphrase of what the clause asks (never the code's text). */
  readonly summary: LocalizedText;
}

export const CGC_EDITION_STATUS: Readonly<Record<CgcEdition, LocalizedText>> = {
  '2021': t('2021年6月改訂版（現行の番号体系）', 'June 2021 revision (numbering in use)'),
  '2026': t(
    '2026年改訂：最終的な条番号は未確認のため、対応付けは確認後に追加します',
    '2026 revision: final clause numbering not yet confirmed; mappings will be added once confirmed',
  ),
};

export const CGC_CLAUSES: readonly CgcClause[] = [
  {
    edition: '2021',
    clause: '3-1-3',
    label: t('補充原則3-1③', 'Supplementary Principle 3-1-3'),
    summary: t(
      '経営戦略との整合性を意識し、人的資本・知的財産への投資等を分かりやすく具体的に開示する',
      'Disclose investment in human capital and IP specifically and clearly, consistent with the management strategy',
    ),
  },
  {
    edition: '2021',
    clause: '4-2-2',
    label: t('補充原則4-2②', 'Supplementary Principle 4-2-2'),
    summary: t(
      '取締役会が、人的資本・知的財産を含む経営資源の配分と事業ポートフォリオ戦略の実行を実効的に監督する',
      'The board effectively supervises resource allocation, including to human capital and IP, and the business-portfolio strategy',
    ),
  },
];

export function cgc2021(clause: '3-1-3' | '4-2-2'): CgcTag {
  return { code: 'CGC', edition: '2021', clause };
}

export function isKnownCgcTag(tag: CgcTag): boolean {
  return CGC_CLAUSES.some((c) => c.edition === tag.edition && c.clause === tag.clause);
}

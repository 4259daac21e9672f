import { t } from '../../i18n/localized-text';
import { QuantMissingReason } from './intangible-quantification';

// Definitions and limits shown next to each figure (REFERENCE §7.1, §7.3). Our own wording.

export const INTANGIBLE_SHARE_TEXT = {
  label: t('時価総額に占める無形資産の割合', 'Intangible share of market value'),
  formula: t(
    '（時価総額 − 有形純資産）÷ 時価総額。有形純資産 = 自己資本（親会社の株主に帰属する持分）− 計上無形資産 − のれん',
    '(market capitalisation − net tangible assets) ÷ market capitalisation, where net tangible assets = equity attributable to owners of the parent − recognised intangibles − goodwill',
  ),
  definition: t(
    '市場が帳簿上の有形の純資産を超えて評価している部分を、無形資産の価値とみなす考え方（市場価値ベースの推計）です。',
    'Treats the part of market value above net tangible book assets as the value of intangibles (a market-value-based estimate).',
  ),
  limits: t(
    '株価の変動や市場全体の評価水準に左右され、無形資産そのものの価値を測るものではありません。多額の現預金や政策保有株式は有形純資産を大きくするため、無形資産の多寡にかかわらずこの割合を押し下げます。負債の多寡や会計方針の違いも結果に影響し、時価総額が有形純資産を下回る場合は負の値になります。のれん・無形資産の額が不明な場合は自己資本で代用した近似値（無形資産比率を低めに見積もる）を示します。',
    'It moves with the share price and overall market valuations and does not measure the intangibles themselves. Large cash holdings and cross-shareholdings (strategic shareholdings) swell net tangible assets and so depress the share regardless of how much intangible value there is. Leverage and accounting policies affect it, and it turns negative when market value is below net tangible assets. When goodwill or recognised intangibles are unknown, equity attributable to owners is used as a proxy, which understates the share.',
  ),
};

export const PBR_TEXT = {
  label: t('PBR（株価純資産倍率）', 'PBR (price-to-book ratio)'),
  formula: t(
    '時価総額 ÷ 自己資本（親会社の株主に帰属する持分）',
    'market capitalisation ÷ equity attributable to owners of the parent',
  ),
  definition: t(
    '1倍を上回る部分は、帳簿に載らない価値（無形資産など）に対する市場の評価と読むことができます。',
    'The part above 1× can be read as the market’s valuation of value not on the balance sheet, such as intangibles.',
  ),
  limits: t(
    '期末時点の一時点の値で、業種や資本構成により水準が大きく異なります。1倍未満は資本コストを上回る収益が期待されていないことを示唆しますが、原因は無形資産に限りません。',
    'A point-in-time value whose normal level varies widely by industry and capital structure. Below 1× suggests the market does not expect returns above the cost of capital, but the cause is not necessarily intangibles.',
  ),
};

export const RD_INTENSITY_TEXT = {
  label: t('売上高研究開発費比率', 'R&D intensity'),
  formula: t('研究開発費 ÷ 売上高', 'R&D expense ÷ revenue'),
  definition: t(
    '売上に対してどれだけ研究開発に投じているかを示します。',
    'Shows how much is invested in R&D relative to sales.',
  ),
  limits: t(
    '投資の量を示すもので、成果や質は示しません。ブランド・データ・人材など研究開発以外の無形資産投資は含まれず、業種による差も大きい指標です。',
    'It measures the amount invested, not its results or quality. It excludes intangible investment outside R&D (brand, data, people) and varies strongly by industry.',
  ),
};

export const NATIONAL_TARGET_TEXT = {
  source: t(
    '知的財産推進計画2025（2025年6月）のKPI：日経平均構成企業の時価総額に占める無形資産の割合を2035年までに50％以上へ',
    'IP Strategic Program 2025 (June 2025) KPI: raise the intangible share of the market value of Nikkei 225 constituents to at least 50% by 2035',
  ),
  scope: t(
    '日経平均株価の構成企業全体の合計値に対する国の目標であり、個々の企業に課された基準ではありません。割合50％以上とは、時価総額の合計が有形純資産の合計の2倍以上であることと同じです。',
    'A national target for the Nikkei 225 constituents in aggregate — not a requirement for any individual company. A share of at least 50 % is the same as aggregate market value of at least twice aggregate net tangible assets.',
  ),
  belowBook: t(
    'PBRが1倍を下回っており、時価総額が帳簿上の自己資本に届いていません。この状態では国の目標との差は意味を持ちません。まず資本コストを上回る収益を市場に示すこと（東証の2023年3月の要請）が先で、無形資産がその収益をどう生むかを説明することがその一部になります。',
    'PBR is below 1: market value does not reach book equity, so a distance to the national target means nothing here. The first step is to show the market returns above the cost of capital (TSE’s March 2023 request); explaining how intangibles earn those returns is part of that.',
  ),
  caveat: t(
    '国の目標の算定方法と本ツールの計算方法は一致しない可能性があるため、比較は目安です。',
    'The national target’s measurement method may differ from this tool’s calculation, so the comparison is indicative only.',
  ),
};

export const MISSING_REASON_TEXT: Readonly<Record<QuantMissingReason, ReturnType<typeof t>>> = {
  'missing-input': t(
    '計算に必要な数値が入力されていません。',
    'A figure needed for the calculation has not been entered.',
  ),
  'not-listed': t(
    '非上場のため時価総額がありません。',
    'There is no market capitalisation because the company is not listed.',
  ),
  'non-positive-market-cap': t(
    '時価総額が0以下のため計算できません。',
    'Cannot be calculated because market capitalisation is zero or negative.',
  ),
  'non-positive-equity': t(
    '自己資本が0以下のため意味のある値になりません。',
    'Not meaningful because equity attributable to owners is zero or negative.',
  ),
  'non-positive-revenue': t(
    '売上高が0以下のため計算できません。',
    'Cannot be calculated because revenue is zero or negative.',
  ),
};

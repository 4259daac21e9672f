import { LocalizedText, t } from '../../i18n/localized-text';

/** The SME track's own sections (bank 2026.12-1), written for the owner of a small company. */
export const SME_MODULE_IDS = ['sme-strengths', 'sme-secrets', 'sme-deals', 'sme-brand', 'sme-help'] as const;
export type SmeModuleId = (typeof SME_MODULE_IDS)[number];

export interface SmeModuleText {
  readonly id: SmeModuleId;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

export const SME_MODULES: readonly SmeModuleText[] = [
  {
    id: 'sme-strengths',
    title: t('お客様に選ばれる理由', 'Why customers choose you'),
    description: t(
      '会社の目に見えない強みを、社長の言葉で書き出します。',
      'Your invisible strengths, in your own words.',
    ),
  },
  {
    id: 'sme-secrets',
    title: t('ノウハウを守る', 'Protecting your know-how'),
    description: t(
      '作り方や顧客情報を、営業秘密として守れているかを確かめます。',
      'Whether your methods and customer data are protected as trade secrets.',
    ),
  },
  {
    id: 'sme-deals',
    title: t('取引と契約', 'Deals and contracts'),
    description: t(
      '図面やノウハウを求められたときの約束ごとを確かめます。',
      'What is agreed when customers ask for drawings or know-how.',
    ),
  },
  {
    id: 'sme-brand',
    title: t('名前と海外', 'Your names and selling abroad'),
    description: t(
      '会社名や商品名を、売っている国で守れているかを確かめます。',
      'Whether your company and product names are protected where you sell.',
    ),
  },
  {
    id: 'sme-help',
    title: t('相談先と銀行', 'Help and your bank'),
    description: t(
      '無料で相談できる先と、銀行に強みを伝える準備を確かめます。',
      'Free help nearby, and showing your strengths to your bank.',
    ),
  },
];

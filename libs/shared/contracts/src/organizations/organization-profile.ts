import type { PrefectureCode } from './prefectures';

export const LISTING_STATUSES = ['prime', 'standard', 'growth', 'unlisted'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const COMPANY_SIZES = ['large', 'sme', 'startup'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

/** The Tokyo Stock Exchange's 33 industry sectors (東証33業種), with the exchange's own sector codes. */
export const TSE_INDUSTRIES = [
  { id: '0050', ja: '水産・農林業', en: 'Fishery, Agriculture & Forestry' },
  { id: '1050', ja: '鉱業', en: 'Mining' },
  { id: '2050', ja: '建設業', en: 'Construction' },
  { id: '3050', ja: '食料品', en: 'Foods' },
  { id: '3100', ja: '繊維製品', en: 'Textiles & Apparels' },
  { id: '3150', ja: 'パルプ・紙', en: 'Pulp & Paper' },
  { id: '3200', ja: '化学', en: 'Chemicals' },
  { id: '3250', ja: '医薬品', en: 'Pharmaceutical' },
  { id: '3300', ja: '石油・石炭製品', en: 'Oil & Coal Products' },
  { id: '3350', ja: 'ゴム製品', en: 'Rubber Products' },
  { id: '3400', ja: 'ガラス・土石製品', en: 'Glass & Ceramics Products' },
  { id: '3450', ja: '鉄鋼', en: 'Iron & Steel' },
  { id: '3500', ja: '非鉄金属', en: 'Nonferrous Metals' },
  { id: '3550', ja: '金属製品', en: 'Metal Products' },
  { id: '3600', ja: '機械', en: 'Machinery' },
  { id: '3650', ja: '電気機器', en: 'Electric Appliances' },
  { id: '3700', ja: '輸送用機器', en: 'Transportation Equipment' },
  { id: '3750', ja: '精密機器', en: 'Precision Instruments' },
  { id: '3800', ja: 'その他製品', en: 'Other Products' },
  { id: '4050', ja: '電気・ガス業', en: 'Electric Power & Gas' },
  { id: '5050', ja: '陸運業', en: 'Land Transportation' },
  { id: '5100', ja: '海運業', en: 'Marine Transportation' },
  { id: '5150', ja: '空運業', en: 'Air Transportation' },
  { id: '5200', ja: '倉庫・運輸関連業', en: 'Warehousing & Harbor Transportation Services' },
  { id: '5250', ja: '情報・通信業', en: 'Information & Communication' },
  { id: '6050', ja: '卸売業', en: 'Wholesale Trade' },
  { id: '6100', ja: '小売業', en: 'Retail Trade' },
  { id: '7050', ja: '銀行業', en: 'Banks' },
  { id: '7100', ja: '証券、商品先物取引業', en: 'Securities & Commodity Futures' },
  { id: '7150', ja: '保険業', en: 'Insurance' },
  { id: '7200', ja: 'その他金融業', en: 'Other Financing Business' },
  { id: '8050', ja: '不動産業', en: 'Real Estate' },
  { id: '9050', ja: 'サービス業', en: 'Services' },
] as const;
export type IndustryCode = (typeof TSE_INDUSTRIES)[number]['id'];
export const INDUSTRY_CODES = TSE_INDUSTRIES.map((i) => i.id) as IndustryCode[];

/**
 * A TSE securities code: four characters, the first and third digits; since 2024 newly assigned codes may carry
 * a letter in the second and fourth places (e.g. '130A'), letters easily confused with digits excluded.
 */
export const SECURITIES_CODE_PATTERN = /^[1-9][0-9ACDFGHJKLMNPRSTUWXY][0-9][0-9ACDFGHJKLMNPRSTUWXY]$/;

/** A code as people type it ('130a', full-width '７２０３', spaces around) read as the code ('130A', '7203'). */
export function normalizeSecuritiesCode(value: string): string {
  return value
    .trim()
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** Whether a typed code, once normalised, is a TSE securities code (the API's rule and the form's, the same). */
export function isSecuritiesCode(value: string): boolean {
  return SECURITIES_CODE_PATTERN.test(normalizeSecuritiesCode(value));
}

export interface OrganizationProfile {
  id: string;
  slug: string;
  legalNameJa: string;
  legalNameEn: string | null;
  listingStatus: ListingStatus;
  companySize: CompanySize;
  industry: IndustryCode | null;
  /** Month (1–12) in which the fiscal year ends; 3 (March) for most Japanese listed companies. */
  fiscalYearEndMonth: number;
  /** TSE securities code (listed companies; investors find the company by it). */
  securitiesCode?: string | null;
  /** JIS code of the prefecture of the head office (used to point SMEs to free help nearby). */
  prefecture?: PrefectureCode | null;
  /** Number of employees, as the owner gives it. */
  employeeCount?: number | null;
  /** Whether the company sells abroad (pre-fills the SME check's export question). */
  sellsAbroad?: boolean | null;
  createdAt: string;
  updatedAt: string;
}

export type UpdateOrganizationRequest = Partial<
  Pick<
    OrganizationProfile,
    | 'legalNameJa'
    | 'legalNameEn'
    | 'listingStatus'
    | 'companySize'
    | 'industry'
    | 'fiscalYearEndMonth'
    | 'securitiesCode'
    | 'prefecture'
    | 'employeeCount'
    | 'sellsAbroad'
  >
>;

export interface CreateOrganizationRequest {
  legalNameJa: string;
  legalNameEn?: string;
  listingStatus?: ListingStatus;
  companySize?: CompanySize;
  industry?: IndustryCode;
  fiscalYearEndMonth?: number;
  securitiesCode?: string;
  prefecture?: PrefectureCode;
  employeeCount?: number;
  sellsAbroad?: boolean;
}

import type { Answers } from '@ipgn/assessment';
import type { CompanyFacts } from '../lib/model/company-facts';
import type { DraftInput } from '../lib/model/draft-input';
import { p } from '../lib/templates/draft-template';
import { DEMO_AS_OF, DEMO_COMPANY_FACTS, demoDraftInput } from './demo-company';
import { MID_FACTS, MID_ANSWERS, PBR_FACTS, PBR_ANSWERS, NEW_FACTS, NEW_ANSWERS } from './matrix-listed-companies';
import { SME2_FACTS, SME2_ANSWERS, EXPORT_FACTS, EXPORT_ANSWERS } from './matrix-sme-companies';

/*
 * FICTIONAL TEST COMPANIES. Six made-up companies that span what drafts meet in practice (issue 11): a rich
 * listed company, a mid-level listed company with many gaps, one trading below book value, a newly listed one
 * with no IP owner, an SME of two people and an SME exporter. Every name, figure and answer is invented.
 */

export const MATRIX_COMPANIES = [
  'rich-listed',
  'mid-listed-gaps',
  'pbr-below-1',
  'newly-listed',
  'sme-two-people',
  'sme-exporter',
] as const;
export type MatrixCompany = (typeof MATRIX_COMPANIES)[number];

/** The rich listed company: the demo data made coherent (every KPI on a chain, the largest allocation to a focus business). */
function richListed(): DraftInput {
  const base = demoDraftInput();
  const facts: CompanyFacts = {
    ...DEMO_COMPANY_FACTS,
    kpis: (DEMO_COMPANY_FACTS.kpis ?? []).map((k) =>
      k.id === 'coverage' || k.id === 'filings'
        ? { ...k, intangibleId: 'sensor-patents' }
        : k.id === 'new-product-share'
          ? { ...k, intangibleId: 'sic-know-how' }
          : k,
    ),
    portfolio: [
      {
        segmentId: 'power',
        asIs: 'growth',
        toBe: 'growth',
        targetYear: 2030,
        ipRole: p(
          'SiC加工ノウハウを営業秘密として守り、量産技術の優位を保ちます',
          'we keep our SiC processing know-how secret to hold our lead in volume production',
        ),
      },
      ...(DEMO_COMPANY_FACTS.portfolio ?? []),
    ],
    governance: { ...DEMO_COMPANY_FACTS.governance, committeeReportsToBoard: true },
  };
  const answers: Answers = {
    ...base.answers,
    'm4.value-story': null,
    'm1.top-three': null,
    'm2.competitor-notes': null,
    'm3.to-be-description': null,
  };
  return { ...base, answers, facts };
}

const ORG = { industry: '3650', fiscalYearEndMonth: 3 } as const;

/** The six companies as draft inputs (as of the same date as the demo). */
export function matrixInput(company: MatrixCompany): DraftInput {
  switch (company) {
    case 'rich-listed':
      return richListed();
    case 'mid-listed-gaps':
      return {
        organization: {
          ...ORG,
          legalNameJa: 'ミッド化成株式会社',
          legalNameEn: 'Mid Kasei Corporation',
          listingStatus: 'standard',
          companySize: 'large',
          industry: '3200',
        },
        answers: MID_ANSWERS,
        facts: MID_FACTS,
        asOf: DEMO_AS_OF,
      };
    case 'pbr-below-1':
      return {
        organization: {
          ...ORG,
          legalNameJa: '低簿鋼業株式会社',
          legalNameEn: 'Teibo Steel Co., Ltd.',
          listingStatus: 'prime',
          companySize: 'large',
          industry: '3450',
        },
        answers: PBR_ANSWERS,
        facts: PBR_FACTS,
        asOf: DEMO_AS_OF,
      };
    case 'newly-listed':
      return {
        organization: {
          ...ORG,
          legalNameJa: '株式会社シンキクラウド',
          legalNameEn: 'Shinki Cloud Inc.',
          listingStatus: 'growth',
          companySize: 'startup',
          industry: '5250',
          fiscalYearEndMonth: 12,
        },
        answers: NEW_ANSWERS,
        facts: NEW_FACTS,
        asOf: DEMO_AS_OF,
      };
    case 'sme-two-people':
      return {
        organization: {
          ...ORG,
          legalNameJa: '山田精密金型',
          legalNameEn: 'Yamada Precision Moulds',
          listingStatus: 'unlisted',
          companySize: 'sme',
          industry: '3550',
        },
        answers: SME2_ANSWERS,
        facts: SME2_FACTS,
        asOf: DEMO_AS_OF,
      };
    case 'sme-exporter':
      return {
        organization: {
          ...ORG,
          legalNameJa: '刀工具株式会社',
          legalNameEn: 'Katana Tools Co., Ltd.',
          listingStatus: 'unlisted',
          companySize: 'sme',
          industry: '3550',
        },
        answers: EXPORT_ANSWERS,
        facts: EXPORT_FACTS,
        asOf: DEMO_AS_OF,
      };
  }
}

import type { DraftTemplate } from './draft-template';
import { p } from './draft-template';

/**
 * CG report (コーポレート・ガバナンス報告書) entries for supplementary principles 3-1③ and 4-2② (REFERENCE §3.1).
 * Headed the way real reports head them (principle number and subject, no code-year suffix). Real 3-1③ entries
 * cover sustainability, human capital and IP together and usually point to a URL; this draft writes the IP part
 * and asks for the URL of the fuller disclosure. The text is our own drafting and never quotes the code.
 */
export const CG_REPORT_TEMPLATE: DraftTemplate = {
  type: 'cg-report',
  version: '2026.12-1',
  title: p(
    'コーポレート・ガバナンス報告書 記載案（補充原則3-1③・4-2②）',
    'Corporate governance report draft (Supplementary Principles 3.1.3 and 4.2.2)',
  ),
  sections: {
    'sp-3-1-3': p(
      '【補充原則3-1③ サステナビリティについての取組み等】',
      '[Supplementary Principle 3.1.3: Sustainability initiatives, human capital and intellectual property]',
    ),
    'sp-4-2-2': p(
      '【補充原則4-2② 経営資源の配分等に対する取締役会の監督】',
      '[Supplementary Principle 4.2.2: Board oversight of resource allocation]',
    ),
  },
  phrases: {
    fullerDisclosure: p(
      'サステナビリティに関する取組み、人的資本及び知的財産への投資等の詳細は、{url}に掲載しています。',
      'Details of our sustainability initiatives and our investment in human capital and intellectual property are published at {url}.',
    ),
  },
  slots: {
    disclosureUrl: {
      factKey: 'disclosureUrl',
      label: p(
        'サステナビリティ・人的資本の取組みと、詳細を開示しているURL（統合報告書・ウェブサイト）',
        'Your sustainability and human-capital initiatives, and the URL of the fuller disclosure (integrated report, website)',
      ),
    },
  },
};

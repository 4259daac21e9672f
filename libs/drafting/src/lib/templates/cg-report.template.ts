import type { DraftTemplate } from './draft-template';
import { p } from './draft-template';

/**
 * CG report (コーポレート・ガバナンス報告書) text for the IP parts of supplementary principles 3-1③ and 4-2②
 * of the 2021 Corporate Governance Code (REFERENCE §3.1). Headings name the principle; the text is our own
 * drafting and never quotes the code as official wording. 4-2② is optional in the report (REFERENCE §3.2).
 */
export const CG_REPORT_TEMPLATE: DraftTemplate = {
  type: 'cg-report',
  version: '2026.11-1',
  title: p(
    'コーポレート・ガバナンス報告書 記載案（知的財産への投資・取締役会による監督）',
    'Corporate governance report draft (investment in intellectual property; board supervision)',
  ),
  sections: {
    'sp-3-1-3': p('【補充原則3-1③ 知的財産への投資等（2021年改訂コード）】', '[Supplementary Principle 3-1-3: investment in intellectual property (2021 Code)]'),
    'sp-4-2-2': p('【補充原則4-2② 経営資源の配分に対する取締役会の監督（2021年改訂コード）】', '[Supplementary Principle 4-2-2: board supervision of resource allocation (2021 Code)]'),
  },
  // Sentences come from the shared blocks (blocks.template.ts); this draft has no wording of its own.
  phrases: {},
  slots: {},
};

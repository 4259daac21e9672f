import { createI18n } from '../../../shared/i18n/create-i18n';
import { checkTitle } from './check-title';

describe('checkTitle (a personal check named in the reader’s language)', () => {
  const ja = createI18n('ja').t;
  const en = createI18n('en').t;
  const byCompany = {
    title: '電池材料株式会社',
    companyName: '電池材料株式会社',
    documentType: 'integrated_report' as const,
  };

  it('composes the default name (the company) with the document type in the language it is read in', () => {
    expect(checkTitle(byCompany, ja)).toBe('電池材料株式会社 統合報告書');
    expect(checkTitle(byCompany, en)).toBe('電池材料株式会社 Integrated report');
  });
  it('keeps a title the reader gave, and names a check with neither by its document type', () => {
    expect(checkTitle({ ...byCompany, title: 'FY2026 IR memo' }, ja)).toBe('FY2026 IR memo');
    expect(checkTitle({ title: '', companyName: null, documentType: 'cg_report' }, en)).toBe(
      en('disclosures.documentTypes.cg_report'),
    );
  });
  it('tells apart checks with neither title nor company by their file name, or else when they were made', () => {
    const bare = { title: '', companyName: null, documentType: 'other' as const };
    expect(checkTitle({ ...bare, filename: 'memo.pdf', createdAt: '2026-12-03T12:15:00Z' }, en)).toBe(
      `${en('disclosures.documentTypes.other')} (memo.pdf)`,
    );
    expect(checkTitle({ ...bare, filename: null, createdAt: '2026-12-03T12:15:00Z' }, ja)).toBe(
      `${ja('disclosures.documentTypes.other')} (2026-12-03 21:15 JST)`,
    );
    expect(checkTitle({ ...bare, createdAt: 'not a date' }, ja)).toBe(ja('disclosures.documentTypes.other'));
  });
});

import { comparisonFallback, comparisonKind, titleStem } from './comparison-kind';

const doc = (title: string, documentType: 'cg_report' | 'integrated_report' = 'cg_report') => ({ title, documentType });

describe('comparisonKind', () => {
  it('takes titles that differ only in their period for versions of one document', () => {
    expect(comparisonKind(doc('2025年 CG報告書'), doc('2026年 CG報告書'))).toBe('versions');
    expect(comparisonKind(doc('CG報告書 2025年3月期'), doc('CG報告書 2026年3月期'))).toBe('versions');
    expect(comparisonKind(doc('2025年版'), doc('2026年版'))).toBe('versions');
    expect(comparisonKind(doc('CG報告書 補充原則3-1③（2026年6月）'), doc('CG報告書 補充原則3-1③ (2025年6月)'))).toBe(
      'versions',
    );
  });

  it('takes different titles or document types for two documents', () => {
    expect(comparisonKind(doc('A社 統合報告書 2026'), doc('B社 知財報告書 2026'))).toBe('documents');
    expect(comparisonKind(doc('2026年版'), doc('2026年版', 'integrated_report'))).toBe('documents');
  });

  it('says why two scores are not versions: the document type first, then the title', () => {
    expect(comparisonFallback(doc('2025年 CG報告書'), doc('2026年 CG報告書'))).toBeNull();
    expect(comparisonFallback(doc('2026年版'), doc('2026年版', 'integrated_report'))).toBe('documentType');
    expect(
      comparisonFallback(
        doc('CG報告書 補充原則3-1③・4-2②（2026年6月提出予定版）'),
        doc('CG報告書 補充原則3-1③（前年度版）'),
      ),
    ).toBe('title');
  });

  it('takes two languages, or two texts nobody named, for two documents (v2.47)', () => {
    const ja = { ...doc('その他（2026-12-01 10:00 JST）'), language: 'ja' as const };
    const en = { ...doc('その他（2026-12-02 11:00 JST）'), language: 'en' as const };
    expect(comparisonFallback(ja, en)).toBe('language');
    expect(comparisonKind(ja, en)).toBe('documents');
    // Two untitled checks whose generated names differ only in their time: not taken for versions.
    const first = { ...ja, untitled: true };
    const second = { ...ja, title: 'その他（2026-12-03 09:00 JST）', untitled: true };
    expect(comparisonFallback(first, second)).toBe('untitled');
    expect(comparisonKind(first, second)).toBe('documents');
    // Named ones in one language still are versions when only the period differs.
    expect(
      comparisonKind({ ...doc('2025年 CG報告書'), language: 'ja' }, { ...doc('2026年 CG報告書'), language: 'ja' }),
    ).toBe('versions');
  });

  it('keeps the words of a title', () => {
    expect(titleStem('Integrated Report FY2025')).toBe('integratedreport');
  });
});

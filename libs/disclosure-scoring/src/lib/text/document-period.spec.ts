import { comparePeriods, documentPeriod } from './document-period';

describe('documentPeriod', () => {
  it('reads the period from the title first', () => {
    expect(documentPeriod('統合報告書2025', '2030年度までに特許を倍増します。')).toEqual({
      year: 2025,
      month: null,
      source: 'title',
    });
    expect(documentPeriod('コーポレート・ガバナンス報告書（2026年3月期）', '')).toEqual({
      year: 2026,
      month: 3,
      source: 'title',
    });
    expect(documentPeriod('Integrated Report FY2024', '')).toEqual({ year: 2024, month: null, source: 'title' });
    expect(documentPeriod('ＣＧ報告書　２０２５年度', '')).toEqual({ year: 2025, month: null, source: 'title' });
  });

  it('falls back to the period the text names most often, not to targets', () => {
    const text =
      '当社の研究開発費は2026年3月期に120億円でした。2026年3月期の特許出願は348件です。2030年度までに倍増を目指します。';
    expect(documentPeriod('CG報告書', text)).toEqual({ year: 2026, month: 3, source: 'text' });
    expect(
      documentPeriod(
        'IP section',
        'In fiscal year 2025 we spent ¥12bn on R&D; by FY2030 we aim to double it. FY2025 patents: 348.',
      ),
    ).toEqual({ year: 2025, month: null, source: 'text' });
  });

  it('does not date a report by the targets and plan years it names more often than its own year (v2.47)', () => {
    // Our own text: one reported year, a target year named twice and a plan range.
    const text =
      '当社の封止材事業は、2024年度に売上高800億円となりました。2027年度に採用ライン50を目標とし、2027年度には売上高1,000億円を目指します。2025〜2027年度の研究開発費は300億円です。';
    expect(documentPeriod('', text)).toEqual({ year: 2024, month: null, source: 'text' });
    expect(
      documentPeriod(
        '',
        'Revenue reached USD 210 million in fiscal 2024. Our target for fiscal 2027 is USD 300 million, and we plan to reach fiscal 2027 margins of 20%.',
      ),
    ).toEqual({ year: 2024, month: null, source: 'text' });
  });

  it('knows nothing from bare years in the text or from no year at all', () => {
    expect(documentPeriod('CG報告書', '2030年までに特許を倍増します。')).toBeNull();
    expect(documentPeriod('', '')).toBeNull();
    expect(documentPeriod('Report 12025', '')).toBeNull();
  });
});

describe('comparePeriods', () => {
  it('orders by year, then closing month; unknown periods are equal', () => {
    expect(
      comparePeriods({ year: 2025, month: null, source: 'title' }, { year: 2026, month: null, source: 'title' }),
    ).toBeLessThan(0);
    expect(
      comparePeriods({ year: 2026, month: 3, source: 'text' }, { year: 2025, month: 12, source: 'text' }),
    ).toBeGreaterThan(0);
    expect(comparePeriods(null, { year: 2026, month: 3, source: 'text' })).toBe(0);
  });
});

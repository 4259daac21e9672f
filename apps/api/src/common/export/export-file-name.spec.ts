import { contentDisposition, exportFileName } from './export-file-name';

describe('export file names', () => {
  it('names a file after the company and the date in Asia/Tokyo', () => {
    // 2026-12-09T20:00Z is already 10 December in Tokyo.
    expect(exportFileName('株式会社やまびこ製作所', '自己診断結果-1', new Date('2026-12-09T20:00:00Z'), 'pdf')).toBe(
      '株式会社やまびこ製作所_自己診断結果-1_2026-12-10.pdf',
    );
    expect(exportFileName('A/B: "C" <D>', 'report', new Date('2026-01-02T00:00:00Z'), 'csv')).toBe(
      'A_B_ _C_ _D__report_2026-01-02.csv',
    );
  });

  it('sends an ASCII fallback and the real name as RFC 5987 filename*', () => {
    const header = contentDisposition('株式会社やまびこ製作所_自己診断結果-1_2026-12-10.pdf');
    expect(header).toBe(
      `attachment; filename="export_2026-12-10.pdf"; filename*=UTF-8''${encodeURIComponent('株式会社やまびこ製作所_自己診断結果-1_2026-12-10.pdf')}`,
    );
    expect(contentDisposition('Acme Ltd_report_2026-12-10.xlsx')).toBe(
      `attachment; filename="Acme Ltd_report_2026-12-10.xlsx"; filename*=UTF-8''Acme%20Ltd_report_2026-12-10.xlsx`,
    );
    // Nothing that could end the quoted string or inject a header parameter.
    expect(contentDisposition('a";b=\\c\r\n.pdf')).not.toMatch(/"[^"]*"[^;]*"/);
  });
});

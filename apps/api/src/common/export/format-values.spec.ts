import { formatCell, formatDate, formatDateTime, isoDate, isoLocalDateTime } from './format-values';

describe('dates and times in exports', () => {
  const at = new Date('2026-12-01T09:00:00Z'); // 18:00 in Tokyo

  it('prints a time in Japan with its zone, the same in both languages and in a PDF or Word table cell', () => {
    expect(formatDateTime(at)).toBe('2026-12-01 18:00 JST');
    expect(formatCell({ kind: 'datetime', value: at }, 'ja')).toBe('2026-12-01 18:00 JST');
    expect(formatCell({ kind: 'datetime', value: at }, 'en')).toBe('2026-12-01 18:00 JST');
  });

  it("takes the day in Japan, not the server's: 15:30 UTC is already the next day", () => {
    const late = new Date('2026-11-30T15:30:00Z');
    expect(isoDate(late)).toBe('2026-12-01');
    expect(formatDate(late, 'ja')).toBe('2026年12月1日');
    expect(formatDate(late, 'en')).toBe('1 December 2026');
    expect(isoLocalDateTime(late)).toBe('2026-12-01 00:30:00');
  });
});

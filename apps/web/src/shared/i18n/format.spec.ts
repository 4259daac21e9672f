import { formatDate, formatDateTime, japanLocalToIso } from './format';

describe('the web app formats dates and times one way, in Japan time', () => {
  it('shows a time as the exports print it: Japan time, labelled JST, the same in both languages', () => {
    expect(formatDateTime('2026-12-01T09:00:00.000Z')).toBe('2026-12-01 18:00 JST');
    expect(formatDateTime('2026-11-30T15:30:00.000Z')).toBe('2026-12-01 00:30 JST');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it("shows a date as the day in Japan, in the UI language's style", () => {
    // 15:30 UTC on 30 November is already 1 December in Japan.
    expect(formatDate('2026-11-30T15:30:00.000Z', 'ja')).toBe('2026/12/01');
    expect(formatDate('2026-11-30T15:30:00.000Z', 'en')).toBe('Dec 1, 2026');
  });

  it('reads a date-and-time field as Japan time, and refuses what is no date', () => {
    expect(japanLocalToIso('2026-12-10T10:00')).toBe('2026-12-10T01:00:00.000Z');
    expect(japanLocalToIso('2026-12-10T00:30:15')).toBe('2026-12-09T15:30:15.000Z');
    expect(japanLocalToIso('')).toBeNull();
    expect(japanLocalToIso('2026-02-30T10:00')).toBeNull();
    expect(japanLocalToIso('tomorrow')).toBeNull();
  });
});

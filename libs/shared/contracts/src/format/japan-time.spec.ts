import { formatJapanDateTime, japanIsoDate, japanWallClock } from './japan-time';

describe('times in Japan, labelled', () => {
  it('writes an instant as the wall clock in Tokyo with JST, whatever the zone of the machine', () => {
    // 09:00 UTC is 18:00 in Tokyo; 15:30 UTC is already the next day there.
    expect(formatJapanDateTime(new Date('2026-12-01T09:00:00Z'))).toBe('2026-12-01 18:00 JST');
    expect(formatJapanDateTime('2026-12-01T15:30:00.000Z')).toBe('2026-12-02 00:30 JST');
    expect(formatJapanDateTime('2026-12-31T23:59:59+09:00')).toBe('2026-12-31 23:59 JST');
  });

  it('gives the day in Japan, and the clock to the second for spreadsheets', () => {
    expect(japanIsoDate('2026-11-30T15:00:00Z')).toBe('2026-12-01');
    expect(japanIsoDate(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11-30');
    expect(japanWallClock(new Date('2026-12-10T01:00:05Z'))).toEqual({
      date: '2026-12-10',
      minute: '10:00',
      second: '10:00:05',
    });
  });

  it('leaves text that is no date as it is rather than printing "Invalid Date"', () => {
    expect(formatJapanDateTime('')).toBe('');
    expect(formatJapanDateTime('not a date')).toBe('not a date');
    expect(japanIsoDate('soon')).toBe('soon');
  });
});

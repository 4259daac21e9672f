/*
 * How the product writes an instant for people: in Japan's time, with the zone said. Screens, exports (PDF, Word,
 * CSV, spreadsheets) and mail all use these, so a time on screen and the same time in a download read alike —
 * before, exports printed Japan's time and screens the browser's, neither labelled.
 */

/** The time zone every shown time is in: the companies' own (they are Japanese; their as-of dates are Tokyo's). */
export const JAPAN_TIME_ZONE = 'Asia/Tokyo';
/** The label written after a time; the same in Japanese and English. */
export const JAPAN_TIME_LABEL = 'JST';

// Made on first use (not on import: every chunk that imports the contracts would pay for it).
let wallClock: Intl.DateTimeFormat | null = null;
const wallClockFormat = (): Intl.DateTimeFormat =>
  (wallClock ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: JAPAN_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));

const asDate = (at: Date | string): Date | null => {
  const date = at instanceof Date ? at : new Date(at);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** The instant's wall clock in Japan: `{ date: '2026-12-01', minute: '18:00', second: '18:00:05' }`. */
export function japanWallClock(at: Date): { date: string; minute: string; second: string } {
  const parts = wallClockFormat().formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const minute = `${get('hour')}:${get('minute')}`;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minute, second: `${minute}:${get('second')}` };
}

/** "2026-12-01 18:00 JST" in both languages; text that is no date comes back unchanged. */
export function formatJapanDateTime(at: Date | string): string {
  const date = asDate(at);
  if (!date) return String(at);
  const clock = japanWallClock(date);
  return `${clock.date} ${clock.minute} ${JAPAN_TIME_LABEL}`;
}

/** "2026-12-01": the day it is in Japan at that instant; text that is no date comes back unchanged. */
export function japanIsoDate(at: Date | string): string {
  const date = asDate(at);
  return date ? japanWallClock(date).date : String(at);
}

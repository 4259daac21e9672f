/** The organization's time zone: "today" of a draft's as-of date is a Tokyo date. */
export const ORGANIZATION_TIME_ZONE = 'Asia/Tokyo';

/** YYYY-MM-DD of `now` in Asia/Tokyo. */
export function tokyoDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ORGANIZATION_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

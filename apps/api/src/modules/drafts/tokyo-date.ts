import { japanIsoDate, JAPAN_TIME_ZONE } from '@ipgn/contracts';

/** The organization's time zone: "today" of a draft's as-of date is a Tokyo date. */
export const ORGANIZATION_TIME_ZONE = JAPAN_TIME_ZONE;

/** YYYY-MM-DD of `now` in Asia/Tokyo. */
export function tokyoDate(now: Date = new Date()): string {
  return japanIsoDate(now);
}

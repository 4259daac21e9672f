import { formatJapanDateTime, JAPAN_TIME_ZONE } from '@ipgn/contracts';

/*
 * The web app's one way to show a date or a time. Times are Japan's, labelled, exactly as the exports print
 * them (the shared `formatJapanDateTime`), so a screen and a download never disagree by the reader's zone.
 */

/** "2026-12-01 18:00 JST" in both languages (the same text as in a PDF, Word or CSV export). */
export function formatDateTime(iso: string): string {
  return formatJapanDateTime(iso);
}

/** The day in Japan, in the UI language: "2026/12/01" or "Dec 1, 2026". */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'ja-JP', {
    dateStyle: 'medium',
    timeZone: JAPAN_TIME_ZONE,
  }).format(date);
}

/**
 * A date-and-time field's value ("2026-12-10T10:00", what `<input type="datetime-local">` gives) read as Japan's
 * time — the zone every time is shown in — as an ISO instant; null when it is not one.
 */
export function japanLocalToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}+09:00`);
  // 2026-02-30 parses to March: a day that does not exist is no date.
  if (Number.isNaN(date.getTime()) || formatJapanDateTime(date).slice(0, 10) !== `${y}-${mo}-${d}`) return null;
  return date.toISOString();
}

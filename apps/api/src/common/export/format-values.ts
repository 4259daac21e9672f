import { formatJapanDateTime, japanIsoDate, japanWallClock, JAPAN_TIME_ZONE } from '@ipgn/contracts';
import type { ReportCell, ReportLanguage } from './report-model';

/** The time zone every exported date and time is shown in: Japan's, as on screen (`@ipgn/contracts` japan-time). */
export const EXPORT_TIME_ZONE = JAPAN_TIME_ZONE;

const intlLocale = (language: ReportLanguage): string => (language === 'ja' ? 'ja-JP' : 'en-GB');

export function formatNumber(value: number, language: ReportLanguage, decimals = 0): string {
  return new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

export function formatPercent(share: number, language: ReportLanguage, decimals = 0): string {
  return `${formatNumber(share * 100, language, decimals)}%`;
}

/** "2026年12月10日" / "10 December 2026". */
export function formatDate(at: Date, language: ReportLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: EXPORT_TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(at);
}

/** "2026-12-10 10:00 JST" in both languages: the same text the web app shows for that instant. */
export function formatDateTime(at: Date): string {
  return formatJapanDateTime(at);
}

/** "2026-12-10" in Asia/Tokyo (file names, CSV). */
export function isoDate(at: Date): string {
  return japanIsoDate(at);
}

/** "2026-12-10 10:00:00" in Asia/Tokyo: a local time a spreadsheet reads as a date (its column says JST). */
export function isoLocalDateTime(at: Date): string {
  const clock = japanWallClock(at);
  return `${clock.date} ${clock.second}`;
}

/** The wall-clock time in Asia/Tokyo as a UTC instant: what a spreadsheet (which has no time zones) should show. */
export function asLocalWallClock(at: Date): Date {
  const [date, time] = isoLocalDateTime(at).split(' ');
  return new Date(`${date}T${time}Z`);
}

/** A cell as text in the report's language (PDF, DOCX, CSV). */
export function formatCell(cell: ReportCell, language: ReportLanguage): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number': {
      const n = formatNumber(cell.value, language, cell.decimals ?? 0);
      return cell.unit ? `${n} ${cell.unit}` : n;
    }
    case 'percent':
      return formatPercent(cell.value, language, cell.decimals ?? 0);
    case 'datetime':
      return formatDateTime(cell.value);
    case 'empty':
      return cell.text ?? '';
  }
}

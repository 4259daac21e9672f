import type { ReportCell, ReportLanguage } from './report-model';

/** The time zone every exported date and time is shown in. */
export const EXPORT_TIME_ZONE = 'Asia/Tokyo';

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

/** "2026/12/10 10:00" / "10/12/2026, 10:00", in Asia/Tokyo. */
export function formatDateTime(at: Date, language: ReportLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: EXPORT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** "2026-12-10" in Asia/Tokyo (file names, CSV). */
export function isoDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: EXPORT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** "2026-12-10 10:00:00" in Asia/Tokyo: a local time a spreadsheet reads as a date. */
export function isoLocalDateTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: EXPORT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
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
      return formatDateTime(cell.value, language);
    case 'empty':
      return cell.text ?? '';
  }
}

import type { DraftLanguage } from '../model/draft';
import { MONTH_NAMES } from '../templates/common.template';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Fiscal year N is the year that starts in calendar year N (Japanese 年度); it ends in the fiscal-year-end
 * month of N + 1, or of N for a December year end. Every period of a draft is written with this one label:
 * 2026年3月期 / the year to March 2026.
 */
export function fiscalYearEnd(fy: number, fyEndMonth: number): number {
  return fyEndMonth === 12 ? fy : fy + 1;
}

export function fiscalPeriodLabel(fy: number, fyEndMonth: number, lang: DraftLanguage): string {
  const year = fiscalYearEnd(fy, fyEndMonth);
  return lang === 'ja' ? `${year}年${fyEndMonth}月期` : `the year to ${MONTH_NAMES[fyEndMonth - 1] ?? ''} ${year}`;
}

/** A span of fiscal years: 2027年3月期から2029年3月期までの3年間 / the three years to March 2029. */
export function fiscalSpanLabel(from: number, to: number, fyEndMonth: number, lang: DraftLanguage): string {
  if (from === to) return fiscalPeriodLabel(from, fyEndMonth, lang);
  const n = Math.abs(to - from) + 1;
  if (lang === 'ja')
    return `${fiscalPeriodLabel(from, fyEndMonth, 'ja')}から${fiscalPeriodLabel(to, fyEndMonth, 'ja')}までの${n}年間`;
  const end = fiscalYearEnd(to, fyEndMonth);
  return `the ${NUMBER_WORDS[n] ?? String(n)} years to ${MONTH_NAMES[fyEndMonth - 1] ?? ''} ${end}`;
}

import type { DraftLanguage } from '../model/draft';

const FORMATTED = new Map<number, string>();

/** Integer or decimal with thousands separators, locale-independent (deterministic). */
export function formatNumber(n: number): string {
  const cached = FORMATTED.get(n);
  if (cached !== undefined) return cached;
  const text = group(n);
  if (FORMATTED.size < 10_000) FORMATTED.set(n, text);
  return text;
}

function group(n: number): string {
  const negative = n < 0;
  const [int = '0', frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * An amount given in millions of yen, as prose writes it: 1,500億円 / 1,200万円 in Japanese, ¥150.0 billion /
 * ¥620 million in English. Exact: 億円 keep up to two decimals (12.34億円), never rounding an entered figure away.
 */
export function formatYen(millionYen: number, lang: DraftLanguage): string {
  const sign = millionYen < 0 ? '-' : '';
  const m = Math.abs(millionYen);
  if (lang === 'ja') {
    if (m >= 100) return `${sign}${formatNumber(round(m / 100, 2))}億円`;
    return `${sign}${formatNumber(round(m * 100, 0))}万円`;
  }
  if (m >= 1000) return `${sign}¥${formatNumber(round(m / 1000, 1)).replace(/^(\d[\d,]*)$/, '$1.0')} billion`;
  return `${sign}¥${formatNumber(round(m, 1))} million`;
}

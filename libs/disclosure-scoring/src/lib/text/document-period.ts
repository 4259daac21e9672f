/**
 * The period a disclosure reports on, read from its title and text: 「2026年3月期」, 「2025年度」, 「FY2025」,
 * "fiscal year 2025", 「統合報告書2025」. Used to put the older document on the left of a comparison whatever
 * order the texts were scored in. Never a guess from a bare year in the text: targets such as 「2030年までに」 are
 * years too.
 */
export interface DocumentPeriod {
  /** The fiscal year (the calendar year in which it ends when a month is given: 「2026年3月期」 → 2026). */
  year: number;
  /** The closing month when the text says it (「3月期」 → 3), else null. */
  month: number | null;
  /** Where it was read: the title wins over the text. */
  source: 'title' | 'text';
}

const YEAR = '(20\\d{2})';
/** Period expressions, each giving year (and month). Full-width digits are normalised before matching. */
const PERIOD_PATTERNS: readonly RegExp[] = [
  new RegExp(`${YEAR}\\s*年\\s*(1[0-2]|[1-9])\\s*月\\s*期`, 'g'), // 2026年3月期
  new RegExp(`${YEAR}\\s*年\\s*度`, 'g'), // 2025年度
  new RegExp(`${YEAR}\\s*年\\s*期`, 'g'), // 2025年期
  new RegExp(`\\bFY\\s*'?${YEAR}\\b`, 'gi'), // FY2025
  new RegExp(`\\bfiscal\\s+(?:year\\s+)?${YEAR}\\b`, 'gi'), // fiscal year 2025
  new RegExp(`${YEAR}\\s*年\\s*(1[0-2]|[1-9])\\s*月\\s*(?:末|決算)`, 'g'), // 2026年3月末
];

/** A bare year in a title ('統合報告書2025', 'Integrated Report 2025'), not part of a longer number. */
const TITLE_YEAR = /(?<!\d)(20\d{2})(?!\d)/g;

function normalise(text: string): string {
  return text.normalize('NFKC');
}

/**
 * A period named as a target or the end of a plan, not the one reported on: 「2027年度に採用ライン50…を目標」,
 * 「2030年度までに」, 「2025〜2027年度の研究開発費」, "by fiscal 2027", "target … fiscal 2027" (UI review, v2.47: a
 * report on 2024 was dated 2027 by its targets).
 */
const TARGET_AFTER = /^\s*(?:まで|に向け|を目標|の目標|目標|計画|の計画|を目指|に[^。]{0,40}(?:目標|目指|計画|予定))/u;
const RANGE_END_BEFORE = /(?:[〜~～\-–]|から|より)\s*$/u;
const TARGET_BEFORE =
  /(?:\bby|\btarget(?:s|ed)?(?: of)?[^.]{0,40}|\bplan(?:s|ned)?[^.]{0,30}|\bgoal[^.]{0,30}|\bthrough|\buntil)\s*$/iu;

function periodsIn(text: string, skipTargets = false): { year: number; month: number | null }[] {
  const found: { year: number; month: number | null }[] = [];
  for (const pattern of PERIOD_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (skipTargets) {
        const before = text.slice(Math.max(0, at - 48), at);
        const after = text.slice(at + m[0].length, at + m[0].length + 48);
        if (TARGET_AFTER.test(after) || RANGE_END_BEFORE.test(before) || TARGET_BEFORE.test(before)) continue;
      }
      found.push({ year: Number(m[1]), month: m[2] ? Number(m[2]) : null });
    }
  }
  return found;
}

/** The period of a document: a period expression of the title, else a year in the title, else the period the text names most often. */
export function documentPeriod(title: string, text: string): DocumentPeriod | null {
  const t = normalise(title);
  const inTitle = periodsIn(t);
  const titleYears =
    inTitle.length > 0 ? inTitle : [...t.matchAll(TITLE_YEAR)].map((m) => ({ year: Number(m[1]), month: null }));
  if (titleYears.length > 0) {
    const latest = titleYears.reduce((a, b) => (b.year > a.year ? b : a));
    return { ...latest, source: 'title' };
  }
  const inText = periodsIn(normalise(text.slice(0, 200_000)), true);
  if (inText.length === 0) return null;
  // The most frequent period; on a tie the earliest (targets lie ahead of the reported year, rarely behind it).
  const counts = new Map<string, { year: number; month: number | null; n: number }>();
  for (const p of inText) {
    const key = `${p.year}-${p.month ?? ''}`;
    const entry = counts.get(key) ?? { ...p, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.year - b.year || (a.month ?? 0) - (b.month ?? 0))[0];
  return best ? { year: best.year, month: best.month, source: 'text' } : null;
}

/** Orders two documents older first: by period when both have one, else `fallback` (e.g. creation order). */
export function comparePeriods(a: DocumentPeriod | null, b: DocumentPeriod | null): number {
  if (!a || !b) return 0;
  return a.year - b.year || (a.month ?? 12) - (b.month ?? 12);
}

/** What the investor typed into the company search, as the SQL of the company list uses it. */
export interface CompanySearch {
  /** An ILIKE pattern for a partial name (ja or en), with LIKE's wildcards escaped. */
  like: string;
  /** A LIKE prefix of the securities code, when the text could be (the start of) one ('72', '7203', '130a'). */
  codePrefix?: string;
}

/**
 * Reads a search text: full-width letters and digits as half-width (NFKC: 「７２０３」 is 7203, 「ＴＯＹＯＴＡ」 is
 * TOYOTA), runs of white space as one space; `%`, `_` and `\` match themselves.
 */
export function companySearch(text: string): CompanySearch | undefined {
  const normalized = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (normalized.length === 0) return undefined;
  const like = `%${normalized.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const upper = normalized.toUpperCase();
  return /^[0-9][0-9A-Z]{0,3}$/.test(upper) ? { like, codePrefix: `${upper}%` } : { like };
}

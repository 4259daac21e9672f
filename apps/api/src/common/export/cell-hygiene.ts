/**
 * Text hygiene applied once for every export.
 * - XML 1.0 forbids U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF and unpaired surrogates:
 *   one of them in a DOCX/XLSX part makes the file unreadable, so they are stripped from every text.
 * - A spreadsheet runs a cell that starts with = + - @ (or a tab/CR before one): user text is prefixed with an
 *   apostrophe so it is shown, never evaluated (OWASP "CSV injection"). Numbers written as numbers are left alone.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlIllegal(value: string): string {
  return value.replace(XML_ILLEGAL, '');
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Text for a CSV/XLSX cell: legal XML, and never a formula. */
export function safeCellText(value: string): string {
  return neutraliseFormula(stripXmlIllegal(value));
}

/**
 * pdfkit searches break points character by character inside a token without one (quadratic: a 20,000-character
 * token took seconds). Runs of 48 or more characters with no break opportunity (no space; Japanese text has one
 * between characters) are cut into lines that fit `maxWidth`, measured with the caller's `width` function.
 */
const UNBROKEN = /[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]{48,}/gu;

export function breakLongTokens(value: string, maxWidth: number, width: (s: string) => number): string {
  return value.replace(UNBROKEN, (run) => {
    const cache = new Map<string, number>();
    const lines: string[] = [];
    let line = '';
    let used = 0;
    for (const ch of run) {
      let w = cache.get(ch);
      if (w === undefined) {
        w = width(ch);
        cache.set(ch, w);
      }
      if (used + w > maxWidth && line.length > 0) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += ch;
      used += w;
    }
    lines.push(line);
    return lines.join('\n');
  });
}

/**
 * The company's name as a user's organization profile (or an investor's company field) would give it: the collectors
 * annotate the field ("菅野製麺所 (kannoseimenjo.com; legal form not shown)", "operator of olympian.co.jp (…)"), and
 * the annotated string matched nothing in the text, so the company's own name had read as someone else's. A field
 * with no name in it gives none. (From the sixteenth session; earlier first-contact numbers passed the raw field.)
 */
export function companyNameOf(field: string): string[] {
  if (process.env['RAW_COMPANY_FIELD'] === '1') return [field];
  const name = (field.split(/\s*[（(;；|]/u)[0] ?? '').trim();
  if (!name || /operator of|の運営会社|unnamed|not shown|不明|\.(?:com|jp|net)\b/iu.test(name)) return [];
  return [name];
}

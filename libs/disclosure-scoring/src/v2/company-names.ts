import { normaliseName } from './analysis-text';

/**
 * The company's own names: those passed in (organization profile) plus those detected in the text. They are
 * replaced by 当社 / "the company" before any cue runs, so they never count as specific content.
 *
 * Detected: "Ｘグループは/が/では/の", "株式会社Ｘ", "Ｘ株式会社", "Ｘホールディングス", a Latin-script name
 * opening a Japanese sentence ("ACMEは"), and "Ｘ Corporation / Inc. / Co., Ltd. / Group / Holdings …".
 */
const JA_GROUP = /(?:^|[。\n、「（(\s])([\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9&・]{2,20}?)グループ(?:は|が|では|の|として|全体)/gu;
const JA_KK = /(?:株式会社|\(株\)|㈱)\s?([\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9&・]{2,20})|([\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9&・]{2,20}?)\s?(?:株式会社|ホールディングス|\(株\)|㈱)/gu;
const JA_LATIN_LEAD = /(?:^|[。\n])\s*([A-Z][A-Za-z0-9&.-]{1,20}(?: [A-Z][A-Za-z0-9&.-]{1,20}){0,2})(?:グループ)?(?:は|が|では)/gu;
const EN_SUFFIXED =
  /\b((?:[A-Z][A-Za-z0-9&.\-']*\s){0,3}[A-Z][A-Za-z0-9&.\-']*)\s(?:Corporation|Corp\.?|Inc\.?|Incorporated|Co\.,? ?Ltd\.?|Company,? Limited|Ltd\.?|Limited|Group|Holdings|plc|PLC|AG|SE|N\.V\.|S\.A\.|K\.K\.)(?![A-Za-z])/gu;

/** Words that look like names at a sentence start but are not the company. */
const NOT_A_NAME = new Set([
  '当社', '当', '本', '同', '企業', '全社', '各', '当社グ', '関連', '事業', '他社', '競合', '知財', '知的財産', 'kpi', 'roic', 'roe', 'ip', 'r&d',
  'dx', 'gx', 'esg', 'sdgs', 'ai', 'iot', 'the', 'our', 'this', 'these', 'we', 'board', 'in', 'for', 'as', 'at', 'by', 'of',
  'group', 'the group', 'holdings', 'corporation', 'company', 'the company', 'ipランドスケープ', 'cg', 'ceo', 'cto', 'cipo', 'the board', 'business', 'ir', 'ev', 'evs', '5g', 'saas', 'pbr', 'm&a', 'oem',
]);

function addCandidate(out: Set<string>, raw: string | undefined): void {
  if (!raw) return;
  const name = raw.trim().replace(/^(?:The|the)\s+/, '');
  const key = normaliseName(name);
  if (key.length < 2 || NOT_A_NAME.has(key)) return;
  if (/^(?:当社|当|本|弊社|同社|わが社|我が社)/u.test(key)) return;
  out.add(key);
}

export function detectCompanyNames(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(JA_GROUP)) addCandidate(found, m[1]);
  for (const m of text.matchAll(JA_KK)) {
    addCandidate(found, m[1] ?? m[2]);
    addCandidate(found, m[0].replace(/^[^\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9(㈱]+/u, ''));
  }
  for (const m of text.matchAll(JA_LATIN_LEAD)) addCandidate(found, m[1]);
  for (const m of text.matchAll(EN_SUFFIXED)) {
    const head = normaliseName((m[1] ?? '').replace(/^(?:The|the)\s+/, ''));
    if (head.length < 2 || NOT_A_NAME.has(head)) continue;
    addCandidate(found, m[0]);
    addCandidate(found, m[1]);
  }
  return [...found];
}

/** Given names plus detected ones, normalised, longest first. */
export function companyNameList(text: string, given: readonly string[] | undefined): string[] {
  const all = new Set<string>();
  for (const g of given ?? []) {
    const key = normaliseName(g);
    if (key.length >= 2) all.add(key);
    // "ACME株式会社" given → also "ACME"; "ACME Corporation" → also "ACME".
    const stem = key.replace(/\s*(?:株式会社|ホールディングス|\(株\)|corporation|corp\.?|inc\.?|co\.,? ?ltd\.?|ltd\.?|group|holdings)$/u, '')
      .replace(/^(?:株式会社|\(株\))\s*/u, '')
      .trim();
    if (stem.length >= 2) all.add(stem);
  }
  for (const d of detectCompanyNames(text)) all.add(d);
  return [...all].sort((a, b) => b.length - a.length);
}

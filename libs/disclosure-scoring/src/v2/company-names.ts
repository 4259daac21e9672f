import { normaliseName } from './analysis-text';

/**
 * The company's own names: those passed in (organization profile) plus those detected in the text. They are
 * replaced by 当社 / "the company" before any cue runs, so they never count as specific content.
 *
 * Detected: "Ｘグループは/が/では/の", "株式会社Ｘ", "Ｘ株式会社", "Ｘホールディングス", a Latin-script name
 * opening a Japanese sentence ("ACMEは"), and "Ｘ Corporation / Inc. / Co., Ltd. / Group / Holdings …".
 */
// Anchors are found first and the name is read by walking over name characters (much faster than a regex
// with a long lazy prefix tried at every position).
const JA_GROUP = /グループ(?:は|が|では|の|として|全体)/g;
const JA_KK = /株式会社|ホールディングス|\(株\)|㈱/g;
const NAME_CHAR = /[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9&・]/u;
const MAX_NAME = 20;
const JA_LATIN_LEAD =
  /(?:^|[。\n])\s*([A-Z][A-Za-z0-9&.-]{1,20}(?: [A-Z][A-Za-z0-9&.-]{1,20}){0,2})(?:グループ)?(?:は|が|では)/gu;
const EN_SUFFIXED =
  /\b((?:[A-Z][A-Za-z0-9&.\-']*\s){0,3}[A-Z][A-Za-z0-9&.\-']*)\s(?:Corporation|Corp\.?|Inc\.?|Incorporated|Co\.,? ?Ltd\.?|Company,? Limited|Ltd\.?|Limited|Group|group(?:'s)?|Holdings|plc|PLC|AG|SE|N\.V\.|S\.A\.|K\.K\.)(?![A-Za-z])/gu;

/** Words that look like names at a sentence start but are not the company. */
const NOT_A_NAME = new Set([
  '当社',
  '当',
  '本',
  '同',
  '企業',
  '全社',
  '各',
  '当社グ',
  '関連',
  '事業',
  '他社',
  '競合',
  '知財',
  '知的財産',
  'kpi',
  'roic',
  'roe',
  'ip',
  'r&d',
  'dx',
  'gx',
  'esg',
  'sdgs',
  'ai',
  'iot',
  'the',
  'our',
  'this',
  'these',
  'we',
  'board',
  'in',
  'for',
  'as',
  'at',
  'by',
  'of',
  'group',
  'the group',
  'holdings',
  'corporation',
  'company',
  'the company',
  'ipランドスケープ',
  'cg',
  'ceo',
  'cto',
  'cipo',
  'the board',
  'business',
  'ir',
  'ev',
  'evs',
  '5g',
  'saas',
  'pbr',
  'm&a',
  'oem',
]);

function addCandidate(out: Set<string>, raw: string | undefined): void {
  if (!raw) return;
  const name = raw.trim().replace(/^(?:The|the)\s+/, '');
  const key = normaliseName(name);
  if (key.length < 2 || NOT_A_NAME.has(key)) return;
  if (/^(?:当社|当|本|弊社|同社|わが社|我が社)/u.test(key)) return;
  out.add(key);
}

const LEADING_DATE = /^.*[0-9０-９]{1,4}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?/u;

export function detectCompanyNames(text: string): string[] {
  const found = new Set<string>();
  const before = (at: number): string => {
    let k = at;
    while (k > 0 && at - k < MAX_NAME && NAME_CHAR.test(text[k - 1] ?? '')) k--;
    // A date run on before the name (a 沿革 row: 「1962年4月Ｘ株式会社を設立」) is no part of it (v2.46).
    return text.slice(k, at).replace(LEADING_DATE, '');
  };
  const after = (at: number): string => {
    let k = at;
    if (text[k] === ' ') k++;
    const from = k;
    while (k < text.length && k - from < MAX_NAME && NAME_CHAR.test(text[k] ?? '')) k++;
    return text.slice(from, k);
  };
  for (const m of text.matchAll(JA_GROUP)) addCandidate(found, before(m.index ?? 0));
  for (const m of text.matchAll(JA_KK)) {
    const at = m.index ?? 0;
    const pre = before(at);
    // A name before the legal form (Ｘ株式会社) makes what follows the sentence, not a second name (「ACME株式会社医療機器
    // 事業では」 had made 医療機器事業 a company name).
    const post =
      pre.length < 2 && (m[0] === '株式会社' || m[0] === '(株)' || m[0] === '㈱') ? after(at + m[0].length) : '';
    addCandidate(found, pre);
    addCandidate(found, post);
    if (pre.length >= 2) addCandidate(found, `${pre}${m[0]}`);
    if (post.length >= 2) addCandidate(found, `${m[0]}${post}`);
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

const JA_TRADE_WORD =
  /(?:重工業|工業|製作所|製薬|電機|電気|電工|産業|興業|商事|物産|自動車|製紙|製鉄|精機|精工|化成|薬品)$/u;
const NOT_A_SHORT_NAME =
  /^(?:日本|大日本|新日本|全日本|東京|大阪|京都|名古屋|横浜|神戸|北海道|東北|関東|関西|中部|九州|四国|東洋|東亜|日東|中央|第一|共同|総合|国際)$/u;

const LEGAL_FORM_ONLY =
  /^(?:株式会社|有限会社|合同会社|ホールディングス|グループ|\(株\)|corporation|corp\.?|incorporated|inc\.?|co\.,? ?ltd\.?|ltd\.?|group|holdings|plc|gmbh|ag)$/u;

/** Given names plus detected ones, normalised, longest first. */
export function companyNameList(text: string, given: readonly string[] | undefined): string[] {
  const all = new Set<string>();
  for (const g of given ?? []) {
    const key = normaliseName(g);
    if (key.length >= 2) all.add(key);
    // "ACME株式会社" given → also "ACME"; "ACME Corporation" → also "ACME".
    const stem = key
      .replace(
        /\s*(?:株式会社|ホールディングス|\(株\)|corporation|corp\.?|inc\.?|co\.,? ?ltd\.?|ltd\.?|group|holdings)$/u,
        '',
      )
      .replace(/^(?:株式会社|\(株\))\s*/u, '')
      .trim();
    if (stem.length >= 2) all.add(stem);
    // Companies call themselves by the name without its trade word (積水化学工業 → 積水化学, 日立製作所 → 日立),
    // unless what is left is a place or a common word (日本電気 stays whole).
    const short = stem.replace(JA_TRADE_WORD, '');
    if (short !== stem && short.length >= 2 && !NOT_A_SHORT_NAME.test(short)) all.add(short);
  }
  // A detection that is a given name glued to the next word (株式会社アクメブランド: 「株式会社アクメ」＋「ブランド」) is
  // not another name: taken as one it would swallow the word, and writing the name instead of 当社 must change
  // nothing (v2.52). A given name followed by a legal form (ACME Holdings) stays a name.
  const keys = [...all];
  for (const d of detectCompanyNames(text)) {
    const glued = keys.some((k) => d !== k && d.startsWith(k) && !LEGAL_FORM_ONLY.test(d.slice(k.length).trim()));
    if (!glued) all.add(d);
  }
  return [...all].sort((a, b) => b.length - a.length);
}

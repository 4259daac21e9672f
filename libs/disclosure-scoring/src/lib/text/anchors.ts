/**
 * Company-specific anchors: the things a generic sentence lacks. A sentence with none of these could have been
 * written by any company, so it earns no criterion credit however many rubric words it contains.
 */

import { GENERIC_KATAKANA } from './generic-katakana-words';
import { GENERIC_LATIN } from './generic-latin-words';

const GENERIC_KATAKANA_SET = new Set(GENERIC_KATAKANA);

function isGenericKatakana(word: string): boolean {
  // Greedy segmentation into generic parts; any leftover means a specific (probably proper) name.
  const parts = word.split(/[・=＝]/).filter((p) => p.length > 0);
  return parts.every((p) => coverable(p));
}

function coverable(word: string): boolean {
  if (word.length === 0) return true;
  if (GENERIC_KATAKANA_SET.has(word)) return true;
  for (const g of GENERIC_KATAKANA) {
    if (word.startsWith(g) && coverable(word.slice(g.length))) return true;
    if (word.startsWith(g + 'ー') && coverable(word.slice(g.length + 1))) return true;
  }
  return false;
}

/** A name directly before "Group", "グループ" etc. is the reporting company itself, not specific content. */
const SELF_NAME =
  /([A-Za-z][A-Za-z.&'-]*(?:\s+[A-Z][A-Za-z.&'-]*){0,3})\s*\)?\s*(?:group|グループ|corporation|holdings|ホールディングス|co\.|inc\.|ltd)/gi;

const KATAKANA_WORD = /[\u30a1-\u30fa\u30fc・]{3,}/g;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9&'’-]*/g;
/** Named markets / technology fields: specific to the business even without a company name. */
export const MARKET_TERM = new RegExp(
  '(?:半導体|自動車|車載|医薬|医療機器|創薬|抗体|再生医療|ヘルスケア|化粧品|食品|飲料|電池|蓄電|リチウム|ディスプレイ|電子部品|電子材料|' +
    '通信|5g|ev\\b|住宅|建材|鉄鋼|繊維|樹脂|フィルム|光学|印刷|包装|農業|農薬|水素|太陽電池|モビリティ|ゲーム|アニメ|映像|音楽|' +
    '半導体材料|素材|化学品|触媒|センサ|モーター|ロボット|航空|宇宙|鉄道|船舶|エレクトロニクス|家電|空調|照明|建設|不動産|金融|保険|' +
    '物流|小売|外食|アパレル|医療|診断|ワクチン|バイオ|ゲノム|クラウド|セキュリティ|決済|ファインケミカル|ポリマー|セラミック|ガラス|' +
    'タイヤ|ゴム|塗料|接着|インク|トナー|カメラ|レンズ|プリンター|複合機|時計|楽器|玩具|紙|パルプ|石油|ガス|電力|原子力|風力|' +
    'semiconductor|automotive|pharmaceutic|medical device|drug|antibod|healthcare|cosmetic|food|beverage|batter|display|' +
    'electronic|telecom|housing|steel|fiber|fibre|resin|film|optical|printing|packaging|agricultur|hydrogen|solar|mobility|' +
    'gaming|anime|vehicle|chemical|catalyst|sensor|motor|robot|aerospace|railway|imaging|camera|lens|printer|tire|tyre|' +
    'paint|adhesive|vaccine|diagnostic|cloud|security|payment|polymer|ceramic|glass|paper|energy|material)',
);
/** "<name>事業" where name is not a generic word. */
const NAMED_BUSINESS =
  /([\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-z0-9]{2,14})(?:事業|セグメント|製品群|カンパニー|ブランド)/g;
const GENERIC_BUSINESS_PREFIX =
  /^(?:各|当社|当社グループ|既存|全|主要|新規|成長|当該|同|本|中核|コア|重点|注力|対象|関連|様々な|多様な|グループ|全社|自社|他社|グローバル|国内|海外|将来|今後|基盤|戦略|周辺|新|既存の|全て|個別|複数|収益|高収益|不採算|の|その|活用|展開|推進|拡大|育成|創出|主力|本業|各種|次世代|将来の|新たな|有望|中長期|長期|短期|重要|主要な|当該|各種の|全体|一部|事業)$/;

export interface AnchorInfo {
  /** Distinct specific tokens found (names, markets, bodies). */
  readonly names: readonly string[];
  readonly namedBusiness: boolean;
  readonly market: boolean;
  readonly trademarkSign: boolean;
}

/** Finds proper-name-like tokens in the ORIGINAL sentence text (case matters for Latin names). */
export function findAnchors(original: string, normalized: string, sentenceInitialLatin: boolean): AnchorInfo {
  const names = new Set<string>();
  for (const m of normalized.matchAll(KATAKANA_WORD)) {
    const w = m[0].replace(/^[・ー]+|・+$/g, '');
    const end = (m.index ?? 0) + m[0].length;
    // The reporting company's own katakana name ("…ケミカルホールディングス", "…グループ") is not specific content.
    const self =
      /(?:グループ|ホールディングス)$/.test(w) ||
      /^\s*\(?[a-z]*\)?\s*(?:グループ|ホールディングス|株式会社|社)/.test(normalized.slice(end, end + 12));
    if (w.length >= 3 && !self && !isGenericKatakana(w)) names.add(w);
  }
  let first = true;
  const nfkc = original.normalize('NFKC');
  const selfNames = new Set<string>();
  for (const m of nfkc.matchAll(SELF_NAME)) {
    for (const part of (m[1] ?? '').toLowerCase().split(/\s+/)) selfNames.add(part);
  }
  for (const m of nfkc.matchAll(LATIN_WORD)) {
    const w = m[0].replace(/['’]s$/, '');
    const lower = w.toLowerCase();
    if (selfNames.has(lower) || /^fy\d/.test(lower)) {
      first = false;
      continue;
    }
    const isFirst = first && sentenceInitialLatin;
    first = false;
    if (GENERIC_LATIN.has(lower)) continue;
    // Capitalised or camel-case or all-caps words that are not rubric vocabulary.
    if (!isFirst && /^[A-Z]/.test(w) && w.length >= 2) names.add(lower);
    else if (/[a-z][A-Z]/.test(w)) names.add(lower);
  }
  let namedBusiness = false;
  for (const m of normalized.matchAll(NAMED_BUSINESS)) {
    const prefix = (m[1] ?? '').replace(/^(?:当社|当社グループ|グループ|の)/, '');
    if (
      prefix.length >= 2 &&
      !GENERIC_BUSINESS_PREFIX.test(prefix) &&
      !(/^[\u30a1-\u30fa\u30fc]+$/.test(prefix) && isGenericKatakana(prefix)) &&
      !/^(?:知的財産|知財|特許|無形資産|技術|研究開発)$/.test(prefix)
    ) {
      namedBusiness = true;
      names.add(prefix);
    }
  }
  const market = MARKET_TERM.test(normalized);
  const trademarkSign = /[®™]/.test(original);
  return { names: [...names], namedBusiness, market, trademarkSign };
}

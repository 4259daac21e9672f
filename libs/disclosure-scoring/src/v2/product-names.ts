/**
 * Products named the way report writers name them (issue 18: strategy told about a named thing). Two forms that the
 * suffix cues (Ｘ事業, Ｘ技術) miss:
 *  - a category noun in front of a quoted name: 発酵乳「ヨナミルク」, 教育アプリ「ことばの森」 — the writer says what the
 *    name is, so it is a product, not a slogan, plan or award (those heads are refused);
 *  - in English, a capitalised name between a determiner and a lower-case noun: "our Veltrix hip-implant coating",
 *    "the Tessel brand" — not an organisation, a place, a month or the company itself.
 * Offsets are into the sentence's original text (capitals and brackets are read there, not in the normalised copy).
 */

export interface NamedProduct {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

const CATEGORY_QUOTE = /([\p{Script=Han}\p{Script=Katakana}ー]{2,12})[「『]([^「」『』、。\s]{1,15})[」』]/gu;
/**
 * A title in 『』 that the sentence counts among works (『Ｘ』など2タイトル, 『Ｘ』シリーズ, 『Ｘ』という作品): a game, a book or
 * a film the company publishes, named the way Japanese writes titles (v2.23). 『』 alone also quotes, stresses and
 * names awards and shows, so the counting word is required.
 */
const WORK_TITLE =
  /『([^「」『』、。\s]{1,20})』(?=(?:など|等|を含む|という|といった)?(?:の)?[0-9０-９]{0,3}(?:タイトル|作品|シリーズ))/gu;
/** Heads that name a plan, an event, an award, an organisation or a phrase — the quoted name is none of our products. */
const NOT_A_PRODUCT_HEAD =
  /(?:賞|アワード|計画|方針|ビジョン|スローガン|プロジェクト|プログラム|宣言|理念|制度|委員会|会議|協議会|キャンペーン|イベント|セミナー|研修|講座|活動|戦略|テーマ|コンセプト|課題|メッセージ|改革|運動|大会|展示会|フォーラム|シンポジウム|コンテスト|認定|表彰|番組|記事|書籍|論文|報告書|白書|ガイドライン|指針|法|規程|規則|合言葉|キャッチコピー|タグライン|愛称|部門|部|課|室|センター|研究所|工場|拠点|協会|団体|財団|社|会|言葉|標語|目標|指標|中期経営|経営|施策|取組|取り組み|方式|考え方|姿勢|精神|文化|事業所)$/u;

/** A head that ends in a particle-like word (…以来「Ｘ」, …として「Ｘ」) or a date is no category noun. */
const NOT_A_CATEGORY_END =
  /(?:以下|以来|として|ため|際|上|中|等|後|前|時|間|内|外|的|及び|並びに|又は|年|月|日|期|度|回|号|第)$/u;
/** A quoted name that is itself a programme, reform, plan or award (「ＮＴ改革」, 「プロジェクトＸ」). */
const PROGRAMME_NAME = /改革|プロジェクト|プログラム|計画|活動|運動|賞|アワード|ビジョン|戦略|宣言|キャンペーン/u;

const isCompany = (name: string, names: readonly string[]): boolean => {
  const lower = name.toLowerCase();
  return names.some((n) => n.length > 0 && (n === lower || n.startsWith(`${lower} `) || lower.startsWith(n)));
};

export function categoryQuotedNames(original: string, names: readonly string[]): NamedProduct[] {
  const out: NamedProduct[] = [];
  // Most sentences quote nothing: skip the scan (this runs on every sentence of a long text).
  if (!original.includes('「') && !original.includes('『')) return out;
  CATEGORY_QUOTE.lastIndex = 0;
  for (const m of original.matchAll(CATEGORY_QUOTE)) {
    const head = m[1] ?? '';
    const name = m[2] ?? '';
    if (
      NOT_A_PRODUCT_HEAD.test(head) ||
      NOT_A_CATEGORY_END.test(head) ||
      PROGRAMME_NAME.test(name) ||
      // A term defined for the document (「本件特許」, 「当該契約」) names no product.
      /^(?:本件|当該|本契約|本書|同契約)/u.test(name) ||
      isCompany(name, names)
    )
      continue;
    const start = (m.index ?? 0) + head.length + 1;
    out.push({ start, end: start + name.length, key: name.toLowerCase() });
  }
  if (!original.includes('『')) return out;
  WORK_TITLE.lastIndex = 0;
  for (const m of original.matchAll(WORK_TITLE)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + 1;
    if (PROGRAMME_NAME.test(name) || isCompany(name, names) || out.some((o) => o.start === start)) continue;
    out.push({ start, end: start + name.length, key: name.toLowerCase() });
  }
  return out;
}

/**
 * A quoted name the sentence says is one of its formats, brands or products, with である/としての between
 * (主力業態である「日高屋」, ブランドである「Ｘ」; v2.23, walk 29).
 */
const APPOSITIVE_QUOTED =
  /(?:業態|ブランド|商品|製品|店舗?|チェーン|サービス|アプリ|ゲーム|シリーズ|作品|キャラクター|レストラン|ホテル)(?:である|としての)[「『]([^「」『』、。\s]{1,15})[」』]/gu;

export function appositiveQuotedNames(original: string, names: readonly string[]): NamedProduct[] {
  if (!original.includes('である「') && !original.includes('としての「') && !original.includes('『')) return [];
  const out: NamedProduct[] = [];
  APPOSITIVE_QUOTED.lastIndex = 0;
  for (const m of original.matchAll(APPOSITIVE_QUOTED)) {
    const name = m[1] ?? '';
    if (PROGRAMME_NAME.test(name) || isCompany(name, names)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length - 1;
    out.push({ start, end: start + name.length, key: name.toLowerCase() });
  }
  return out;
}

const CAPITALISED_PRODUCT =
  /\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Ee]ach|[Ee]very|[Aa]n?|[Tt]his|installed|new)\s+((?:[A-Z][A-Za-z0-9]*(?:[-&][A-Za-z0-9]+)*\s){0,2}[A-Z][A-Za-z0-9]*(?:[-&][A-Za-z0-9]+)*)\s+(?=[a-z])/gu;
/** Capitalised words that are organisations, roles, places, documents or dates — never one of the company's products. */
const NOT_A_PRODUCT_WORD =
  /^(?:Board|Committee|Group|Company|Corporation|Corp|Inc|Ltd|Holdings|Council|Office|Officer|Department|Division|Management|Audit|Risk|Nomination|Remuneration|Compensation|Chief|CEO|CTO|CFO|CIPO|COO|Director|Directors|President|Chairman|Executive|Executives|Annual|Integrated|Report|Plan|Medium-term|Mid-term|Vision|Program|Programme|Project|Award|Prize|Policy|Code|Guideline|Guidelines|Act|Law|Court|Patent|Patents|IP|R&D|FY\d*|Q[1-4]|H[12]|January|February|March|April|May|June|July|August|September|October|November|December|Japan|Japanese|Europe|European|EU|Asia|Asian|Southeast|North|South|East|West|America|American|US|USA|UK|China|Chinese|Korea|Korean|India|Indian|Germany|German|Global|Group's|Company's|Tokyo|Osaka|Government|Ministry|Agency|Office|University|Institute|Association|Foundation|Exchange|Stock|Prime|Standard|Growth|Market|Section|Principle|Supplementary|Corporate|Governance|Sustainability|Strategy|Strategic|Intellectual|Property|Technology|Research|Development|Center|Centre|Lab|Laboratory|Team|Unit|Segment|Business|Republic|United|Kingdom|States|Emirates|Nordic|Nordics|Middle|Latin|Pacific|Atlantic|Parties|Party|Judge|Plaintiff|Plaintiffs|Defendant|Defendants|Tribunal|Commission|Union|Federal|National|State|City|Prefecture|Province|Region|Court's)$/u;

const FUNCTION_WORD =
  /^(?:of|in|as|and|or|to|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|shall|should|must|on|at|for|from|by|with|that|which|who|whose|where|when|than|then|also|not|did|does|do|said|says|announced|agreed|filed|decided|ruled|became|has|its|their|our|a|an|the)$/u;

const PLACE_NEXT = /^(?:headquarters|headquartered|head|based|office|offices|campus|premises|hq)$/u;

export function capitalisedProductNames(original: string, names: readonly string[]): NamedProduct[] {
  if (!/[A-Z]/u.test(original) || /[\u3040-\u30ff\u3400-\u9fff]/u.test(original)) return [];
  const out: NamedProduct[] = [];
  CAPITALISED_PRODUCT.lastIndex = 0;
  for (const m of original.matchAll(CAPITALISED_PRODUCT)) {
    const name = m[1] ?? '';
    const next = /^[a-z][a-z-]*/u.exec(original.slice((m.index ?? 0) + m[0].length))?.[0] ?? '';
    // "the Republic of …", "the Judge in …", "the Parties have …": a name followed by a function word or a verb is
    // the subject or a place, not a product named by what it is.
    if (FUNCTION_WORD.test(next)) continue;
    // "our Rockville headquarters", "our Hong Kong based agent": a place where the company sits, not a product
    // (v2.30, walk 37).
    if (PLACE_NEXT.test(next) || /-based$/u.test(name)) continue;
    const words = name.split(/\s+/u);
    if (words.some((w) => NOT_A_PRODUCT_WORD.test(w))) continue;
    const lower = name.toLowerCase();
    if (isCompany(name, names)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    out.push({ start, end: start + name.length, key: lower });
  }
  return out;
}

/**
 * In English, a name with what it is set beside it after a comma and a possessive: "CardioSense, our implantable
 * cardiac monitor," — the writer says the name is one of the company's things (UI review, v2.47). People, roles and
 * organisations in that place ("Kenji Sato, our chief technology officer", "Acme GmbH, our subsidiary") are refused.
 */
const EN_APPOSITIVE =
  /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]*(?:[-&][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-&][A-Za-z0-9]+)*){0,2}), (?:our|its|the company's|the group's) ((?:[a-z][a-z-]* ){0,4}[a-z][a-z-]*)[,;:.]/gu;
/** Words that open an English sentence without naming anything ("Indeed, …", "Today, …"). */
const DISCOURSE_WORD =
  /^(?:indeed|however|moreover|furthermore|therefore|thus|hence|today|meanwhile|additionally|finally|instead|still|also|nevertheless|nonetheless|consequently|accordingly|likewise|similarly|recently|currently|historically|overall|importantly|specifically|notably|yet|here|there|now|together|first|second|third|lastly|next|again|in addition|in fact|of course|for example|for instance|as such|in short|in particular|in turn|to date|so far|since then|as a result)$/iu;
const EN_APPOSITIVE_NOT_A_THING =
  /\b(?:officer|director|directors|president|chairman|chair|founder|co-founder|ceo|cto|cfo|coo|head|manager|executive|partner|partners|subsidiary|subsidiaries|affiliate|customer|customers|client|clients|supplier|suppliers|distributor|licensee|licensor|parent|shareholder|investor|auditor|counsel|adviser|advisor|employee|employees|colleague|founders|team|board|committee|headquarters|home|city|country|region|market|markets|partner company)$/u;

export function appositiveEnglishNames(original: string, names: readonly string[]): NamedProduct[] {
  if (!original.includes(', ') || /[\u3040-\u30ff\u3400-\u9fff]/u.test(original)) return [];
  const out: NamedProduct[] = [];
  EN_APPOSITIVE.lastIndex = 0;
  for (const m of original.matchAll(EN_APPOSITIVE)) {
    const name = m[1] ?? '';
    if (EN_APPOSITIVE_NOT_A_THING.test(m[2] ?? '')) continue;
    // "Indeed, our essential product is innovation." is a sentence adverb and a clause, not a name beside what it is:
    // an appositive is a noun phrase (no verb), after a name (investor walk, v2.48).
    if (DISCOURSE_WORD.test(name) || (m[2] ?? '').split(' ').some((w) => FUNCTION_WORD.test(w))) continue;
    if (name.split(/\s+/u).some((w) => NOT_A_PRODUCT_WORD.test(w) || FUNCTION_WORD.test(w.toLowerCase()))) continue;
    if (PROGRAMME_WORDS.test(name) || isCompany(name, names)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + name.length, key: name.toLowerCase() });
  }
  return out;
}

/**
 * In English, a quoted name with what it is beside it: a category before it (mobile game "Komorebi Kingdoms", bakery
 * chain "Maison Kinoko") or after it (the "Midori no Hatake" private label). The quote marks say it is a name, the
 * category says it is a thing the company sells; plans, programmes, awards and slogans are refused as in Japanese.
 */
const EN_CATEGORY_QUOTE = /\b([a-z][a-z-]+(?: [a-z][a-z-]+){0,2}) ["\u201c]([A-Z][^"\u201d]{0,38})["\u201d]/gu;
const EN_QUOTE_CATEGORY =
  /\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]his) ["\u201c]([A-Z][^"\u201d]{0,38})["\u201d] ([a-z][a-z-]+)/gu;
const EN_NOT_A_PRODUCT_HEAD =
  /(?:^|\s)(?:plan|programme|program|project|initiative|campaign|award|prize|slogan|motto|vision|policy|strategy|theme|message|concept|phrase|term|word|words|called|named|titled|entitled|report|event|seminar|conference|forum|committee|council|team|department|office|centre|center|as|of|the|a|an|and|or|to|in|on|for|by|with|from|our|its|their|is|are|was|were)$/u;
const EN_NOT_A_PRODUCT_TAIL =
  /^(?:plan|programme|program|project|initiative|campaign|award|prize|slogan|motto|vision|policy|strategy|theme|message|concept|report|event|committee|council|team|department|office|and|or|of|in|is|are|was|were|has|have|will|to)$/u;

export function quotedEnglishNames(original: string, names: readonly string[]): NamedProduct[] {
  if (!/["\u201c]/u.test(original) || /[\u3040-\u30ff\u3400-\u9fff]/u.test(original)) return [];
  const out: NamedProduct[] = [];
  const push = (name: string, at: number): void => {
    if (PROGRAMME_WORDS.test(name) || isCompany(name, names)) return;
    out.push({ start: at, end: at + name.length, key: name.toLowerCase() });
  };
  EN_CATEGORY_QUOTE.lastIndex = 0;
  for (const m of original.matchAll(EN_CATEGORY_QUOTE)) {
    const head = m[1] ?? '';
    if (EN_NOT_A_PRODUCT_HEAD.test(head)) continue;
    push(m[2] ?? '', (m.index ?? 0) + head.length + 2);
  }
  EN_QUOTE_CATEGORY.lastIndex = 0;
  for (const m of original.matchAll(EN_QUOTE_CATEGORY)) {
    if (EN_NOT_A_PRODUCT_TAIL.test(m[2] ?? '')) continue;
    const name = m[1] ?? '';
    push(name, (m.index ?? 0) + m[0].indexOf(name));
  }
  return out;
}
const PROGRAMME_WORDS =
  /\b(?:Plan|Programme|Program|Project|Initiative|Campaign|Award|Prize|Vision|Strategy|Policy)\b/u;

/**
 * A Japanese product named once with what it is in front of it and a middle dot (外用爪白癬治療薬・クレナフィン,
 * 筋緊張改善剤・ミオナール): the trade-press and securities-report way of introducing a brand.
 */
const CATEGORY_DOT_NAME =
  /(?<![\p{Script=Katakana}ー])\p{Script=Han}{0,10}(?:薬|剤|品|製品|商品|機|装置|機器|材料|素材|飲料|食品)・([\p{Script=Katakana}ー]{3,12})(?![\p{Script=Katakana}ー])/gu;
/** Katakana words that name a kind of thing, not one product (製品・サービス, 素材・データ, 商品・オンリーワンデバイス). */
export const COMMON_KATAKANA =
  /(?:サービス|ソリューション|システム|データ|ブランド|ソフトウェア|ソフト|プラットフォーム|コンテンツ|デザイン|ノウハウ|テクノロジー|デバイス|モジュール|パーツ|ユニット|サプライ|メンテナンス|サポート|コンサルティング|エンジニアリング|マーケティング|ライセンス|パッケージ|アプリケーション|ネットワーク|インフラ|エネルギー|モビリティ|ヘルスケア|ライフサイエンス|エレクトロニクス|マテリアル|ケミカル|フード|ビジネス|グループ|メーカー|ユーザー|メンバー|スタッフ|エンジニア|チーム|ビジョン|パーパス|ミッション|コア|イノベーション|ポートフォリオ|ビジネスモデル|テクノロジー|リソース|ステークホルダー|パートナー|ガバナンス|サステナビリティ|アプローチ|スキーム|モデル|コンセプト|ポリシー|ルール|プロセス|オペレーション|マネジメント|リスク|ノウハウ|スピンオフ|スピンアウト|カーブアウト|グループ会社)$/u;
/** At most this many names are carried through a text (a hostile text cannot make every sentence search thousands). */
const MAX_TEXT_PRODUCTS = 24;

/**
 * Products a text introduces once (category・Name, category「Name」) and then names bare: 「クレナフィンの23年度売上は…」
 * is about the product introduced two sentences earlier (walk 15). Returns the names, longest first.
 */
export function introducedProductNames(text: string, names: readonly string[]): string[] {
  const found = new Set<string>();
  // Scan from each 「・」 and 「「」 only (a long text has few): a pattern that starts anywhere would try every position.
  for (let at = text.indexOf('・'); at >= 0 && found.size < MAX_TEXT_PRODUCTS; at = text.indexOf('・', at + 1)) {
    const window = text.slice(Math.max(0, at - 12), at + 14);
    CATEGORY_DOT_NAME.lastIndex = 0;
    for (const m of window.matchAll(CATEGORY_DOT_NAME)) {
      const name = m[1] ?? '';
      if (!COMMON_KATAKANA.test(name) && !isCompany(name, names)) found.add(name);
    }
  }
  for (const open of ['「', '『']) {
    for (let at = text.indexOf(open); at >= 0 && found.size < MAX_TEXT_PRODUCTS; at = text.indexOf(open, at + 1)) {
      const window = text.slice(Math.max(0, at - 12), at + 18);
      for (const p of [...categoryQuotedNames(window, names), ...appositiveQuotedNames(window, names)]) {
        const name = window.slice(p.start, p.end);
        if (name.length >= 2) found.add(name);
      }
    }
  }
  // English names set beside what they are ("CardioSense, our … monitor,"), then named bare in later sentences.
  if (text.includes(', our ') || text.includes(', its ') || text.includes(", the company's ")) {
    for (const p of appositiveEnglishNames(text.slice(0, 200_000), names)) {
      if (found.size >= MAX_TEXT_PRODUCTS) break;
      found.add(text.slice(p.start, p.end));
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** Where the introduced names occur in one sentence (not inside a longer name already taken). */
export function introducedNameMentions(original: string, products: readonly string[]): NamedProduct[] {
  const out: NamedProduct[] = [];
  for (const name of products) {
    let at = original.indexOf(name);
    while (at >= 0) {
      const end = at + name.length;
      if (!out.some((o) => at < o.end && o.start < end)) out.push({ start: at, end, key: name.toLowerCase() });
      at = original.indexOf(name, end);
    }
  }
  return out;
}

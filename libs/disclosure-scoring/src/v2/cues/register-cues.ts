// Cues for how a sentence speaks: boilerplate, importance, context, strategy, continuation, intention, IP and self.
import { re } from './pattern';

/** Boilerplate phrases: could be pasted into any company's report. */
export const BOILERPLATE = re(
  [
    '重要な経営資源',
    '重要(?:である|な)と(?:考え|認識)',
    '適切(?:な|に)(?:保護|管理|監督|活用)',
    '検討して(?:まいり|いき)',
    '努めて(?:まいり|おり|いき)',
    '推進して(?:まいり|いき)',
    '取り組んで(?:まいり|いき)',
    '企業価値(?:の)?向上',
    '持続的な成長',
    '中長期的な',
    'important (?:management )?resource',
    'appropriately',
    'strive to',
    'we will continue to',
    'committed to',
    'sustainable growth',
    'enhance corporate value',
    'corporate value',
    'we recogni[sz]e',
    'play(?:s|ing)? an? (?:important|key|vital|crucial|significant) role',
    'increasingly important',
    '重要性(?:が|は)(?:増|高ま)',
    '重要な役割',
    '(?:不可欠|大切|重要|貴重)な(?:経営資源|財産|資産)',
    'essential (?:management )?resource',
    'indispensable',
    '環境(?:は|が)(?:大きく)?(?:変化|多様化)',
  ],
  'gu',
);

/**
 * A statement of importance as the predicate (「…は経営の根幹をなす大切な財産です」, "IP is an essential resource"):
 * it says that intangibles matter, not how they win in the business it names.
 */
export const IMPORTANCE =
  /(?:不可欠|大切|重要|貴重)な(?:経営資源|財産|資産)|重要な経営資源|経営の根幹|重要(?:である|な)と(?:考え|認識)|重要な役割|(?:essential|important|key|valuable|critical) (?:management )?(?:resource|asset)s?\b|indispensable|play(?:s|ing)? an? (?:important|key|vital|crucial|significant) role/u;

/**
 * A report that the company talked about its strategy somewhere (「…戦略について説明をしました」, "presented our
 * licensing strategy at …"): an event, even when what was talked about sounds like a mechanism.
 */
export const REPORTED_TALK =
  /(?:について|を)(?:の)?(?:説明|紹介|講演|発表|プレゼンテーション)(?:を)?(?:し|行い|いたし)ました|\b(?:presented|explained|spoke (?:on|about)|gave (?:a|an) (?:talk|presentation|lecture|keynote) (?:on|about))\b/gu;

/**
 * The formula of a timely-disclosure notice: it announces one decision or transaction (「…を決議いたしましたので、お
 * 知らせいたします」, 「…に関するお知らせ」, "is pleased to announce that … has entered into"). An event reported, not
 * how the rights win; the board named in it resolved one transaction and oversees no strategy.
 */
export const NOTICE =
  /お知らせ(?:いた)?(?:します|いたします)|(?:ので|ため)、?お知らせ|(?:に関する|についての|に係る)お知らせ|本日(?:開催)?の取締役会|\b(?:is|are) (?:pleased|delighted|happy) to announce|\bannounce[sd]? (?:today )?that\b|\bannounced today\b|\btoday announced\b/gu;

/**
 * A trend as the predicate ("the IP environment of the industry is changing", 重要性が増しています, disputes
 * "are on the rise"): context, not a claim. Read from the predicate only, never from who is named: naming the
 * company (or writing 当社) must not turn context into a claim, or prefixing the name would raise a score.
 */
export const CONTEXT =
  /(?:重要性|必要性)(?:が|は|も)(?:[^、。]{0,6}?)(?:増|高ま)|(?:が|は|も)(?:[^、。をにで]{0,4}?)(?:加速|勢いを増)し(?:て|つつ)(?:い|お)(?:ます|る)|(?:環境|状況|情勢)(?:は|が|も)(?:大きく|急速に)?(?:変化|多様化|変わ)|(?<!を)(?:増加|拡大|変化|多様化|活発化|激化|複雑化|高度化)し(?:て|つつ)(?:い|お)(?:ます|る)|(?<!\b(?:we|company) )(?:is|are) (?:increasing|growing|on the rise|changing|becoming (?:more|increasingly))|(?:has|have) been (?:undergoing|changing|increasing|growing)|increasingly (?:important|complex|diverse|active)|the importance of [a-z ]+ (?:is|has) (?:increas|grow)/u;

/** Words that announce a strategy or a choice (register-neutral). */
export const STRATEGY = re(
  [
    '戦略',
    '方針',
    '強化',
    '集中',
    '拡大',
    '獲得',
    '確立',
    '狙',
    '勝ち',
    'ポジション',
    '選択',
    '差別化',
    'strategy',
    'strategic',
    'focus',
    'expand',
    'win',
    'position',
    'capture',
    'establish',
  ],
  'gu',
);

/** Anaphora and causal openers: the sentence continues the previous thought across a paragraph break. */
export const CONTINUATION =
  /^(?:これ(?:により|によって|らの|ら|は|が)|それが|その(?:結果|ため|上で)|このため|こうした|このよう|それにより|結果として|また、?この|さらに、?この|this|these|that|as a result|thereby|accordingly|in turn|consequently|such)/u;

/**
 * An explicit reference back to a thing named before (この技術, この記録, 本製品, 同事業, these patents, "this platform",
 * and the comparatives a plain-word mechanism uses for it: 同じだけの, "comparable records"): a sentence that says it
 * is about the same thing takes its anchor from the sentence before, when that one is anchored. A bare pronoun
 * ("it", それ) or "such" is not explicit enough.
 */
export const BACK_REFERENCE =
  /(?:この|その|これらの|それらの|こうした|当該)(?!ため|よう|度|他|際|結果|場合|時|間|後|前|点|年|期)[\p{Script=Han}\p{Script=Katakana}ー]|(?:本|同)(?:製品|商品|技術|ブランド|素材|材料|部品|サービス|キャラクター|プラットフォーム|アルゴリズム|データ|ソフトウェア|システム|装置|機器|事業|分野|市場|特許|ノウハウ|製法|工程|仕組み|モデル|薬剤?|化合物)|(?:同じ|同等|同様)(?:だけ)?の|\b(?:this|these|those|the same) (?!(?:year|years|time|times|period|regard|respect|way|ways|end|reason|case|cases|point|context|quarter|month|week|day)\b)[a-z-]{3,}|\b(?:comparable|equivalent)\b|^\s*(?:it|they) (?!(?:is|was|are|were|will|would|may|might|can|could|should|must|has|have|had|seems?|appears?)\b)[a-z]+/u;

/**
 * A sentence about the industry at large, not the company's own way of winning: "we and other companies in the …
 * industry receive tens of thousands of patents", 業界各社は…, 同業他社も…. Read on the analysis text (NFKC, lower case,
 * the company's names as 当社). Context, never the learned reading's "why it wins" (investor walk, v2.49).
 */
export const INDUSTRY_WIDE =
  /\b(?:we and (?:many )?other companies|other companies in (?:the|our)\b|(?:many|most|all) companies in (?:the|our)\b|companies across (?:the|our) industry|industry participants|(?:the|our) industry as a whole)|業界(?:各社|全体|の各社)|同業(?:各社|他社(?:も|と同様))|各社とも|多くの(?:企業|会社|メーカー)(?:が|は|も)/u;

/** Intention register (kept only as a label; it never changes the credit a sentence gets). */
export const INTENTION =
  /(?:目指(?:し|す)|図(?:り|る|って)|考え(?:て|る)|まいり|予定|方針です|計画です|ていきます|\bwe (?:will|aim|plan|intend|seek|strive)\b|\bwill\b|\baims? to\b)/u;

/** Mentions of IP / intangibles at all (for the CG floor check and the "about IP" test). */
export const IP_MENTION = re(
  [
    '知的財産',
    '知財',
    '特許',
    '商標',
    '意匠',
    '著作権',
    'ブランド',
    'ノウハウ',
    '無形資産',
    '営業秘密',
    'ライセンス',
    '知的資本',
    'intellectual property',
    '\\bip\\b',
    'patent',
    'trademark',
    '\\bbrands?\\b',
    'know-how',
    'intangible',
    'trade secret',
    'licens',
    'copyright',
  ],
  'gu',
);

/** The text speaks about the company itself (its own names are already replaced by 当社 / "the company"). */
export const SELF_REFERENCE =
  // Owners write in plain voice too: うちの刃物, 私どもの製品 (うち only where it opens a clause, not 「そのうち」).
  /当社|当グループ|弊社|わが社|我が社|我々|私たち|私ども|(?:^|、)うち(?:の|は|で|では|から)|\bwe\b|\bour\b|\bus\b|the company|the group\b/u;

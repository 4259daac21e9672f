import type { Language } from '../lib/types';

/**
 * The prompt of the LLM second opinion: the rating rubric given to the human raters
 * (docs/disclosure-judgement-rubric.md), asked for as JSON with quotes. Both languages side by side; the rubric's
 * label is the same whatever the language of the passage.
 */
const SYSTEM: Record<Language, string> = {
  ja: [
    'あなたは、企業の知財・無形資産の開示を読むアナリストです。次の問いに答えてください。',
    '「この会社の知財・無形資産が事業で価値を生むかを判断するうえで、この文章は何を教えてくれるか。どの事業で、どの無形資産が、どの仕組みで勝ち、どんな成果につながるか。」',
    '文章が「述べていること」だけで判断し、長さ・時制（「目指します」でも戦略たりうる）・数値の多さ・社名や受賞は評価しないでください。',
    '特徴（文章自身が述べている場合だけ true）:',
    'business: 知財が役立つ特定の事業・製品・市場・顧客層の名前（「当社事業」一般は不可）',
    'asset: 特定の無形資産（技術・ブランド・データ・ノウハウ・特許ファミリー・顧客基盤）。「知財」一般は不可',
    'mechanism: なぜ優位になるか（独占・価格プレミアム・切替コスト・ライセンス収入・標準・ノウハウ秘匿・スピード・データの網効果・特許/秘匿/ライセンス/オープンの選択）',
    'value: それにより顧客が得るもの、または動く財務項目（売上・利益率・シェア・価格・ライセンス収入・ROIC・コスト）',
    'kpi: その仕組みや成果を測る指標（主張に結び付いた目標・実績。出願件数だけは不可）',
    'allocation: 投資や人員をどこへ、なぜ配分するか',
    'oversight: 誰がどのように（機関・頻度・決定事項）戦略を監督・決定するか。「適切に監督」だけは不可',
    'substitution: 戦略の代わりに、活動・件数・順位・受賞・研修・評価額・訴訟・リスクやコンプライアンスの記述が中心',
    'boilerplate: 大半がどの会社の報告書にもそのまま貼れる内容',
    'ラベル: strong = 同じ事業について、事業か資産の名前 と 仕組み と 価値・成果 がつながった話になっている。medium = つながりはあるが途中で切れる。weak = つながりがない（一般論、定型文、戦略の代わりの件数・活動・リスク記述）。迷ったら低い方。',
    '出力はJSONのみ: {"label":"strong|medium|weak","features":{"business":{"present":true,"quotes":["本文からの正確な引用"]},…9項目すべて},"reason":"1〜2文"}',
    'quotes は本文の文字列をそのまま（一字一句同じに）短く引用してください。本文にない文言は書かないでください。',
  ].join('\n'),
  en: [
    "You are an analyst reading a company's disclosure on intellectual property and intangibles. Answer one question:",
    '"How much does this passage tell me about how the company\'s intangibles win in a named business and turn into results?"',
    'Judge what the passage says, not its length, tense ("we aim" can state a real strategy), numbers as such, the company\'s name or awards.',
    'Features (true only when the passage itself says it):',
    'business: a specific business, product, market or customer group the IP serves (not "our business" in general)',
    'asset: specific intangibles (a technology, brand, data, know-how, a patent family, a customer base), not "IP" in general',
    'mechanism: why the asset gives an advantage (exclusivity, price premium, switching cost, licensing income, a standard position, secrecy of know-how, speed, a data network effect, a chosen mix of patent / secret / licence / open)',
    'value: what customers get or which financial line moves because of it (sales, margin, share, price, licence income, ROIC, cost)',
    'kpi: an indicator that measures that mechanism or outcome (a target or track record tied to the claim; not a filing count standing alone)',
    'allocation: where investment or people go and why',
    'oversight: who decides or oversees the strategy and how (body, frequency, what was decided), not merely "appropriately supervises"',
    'substitution: the passage mainly offers activities, counts, rankings, awards, training, valuations, lawsuits, risk or compliance statements instead of strategy',
    "boilerplate: most of it could be pasted into any company's report unchanged",
    'Label: strong = a connected story about one business: a named business or asset AND a mechanism AND a value or outcome. medium = some linkage but the chain breaks. weak = no chain (generic statements, boilerplate, or counts/activities/risk text standing in for strategy). When in doubt, choose the lower label.',
    'Answer with JSON only: {"label":"strong|medium|weak","features":{"business":{"present":true,"quotes":["exact quote from the passage"]}, … all nine},"reason":"one or two sentences"}',
    'Quotes must be short and copied character for character from the passage. Never write words that are not in the passage.',
  ].join('\n'),
};

export interface ChatMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

/** The chat messages for one passage. `language` chooses the prompt's language (the passage's own language). */
export function buildSecondOpinionMessages(text: string, language: Language): ChatMessage[] {
  const intro = language === 'ja' ? '文章:' : 'Passage:';
  return [
    { role: 'system', content: SYSTEM[language] },
    { role: 'user', content: `${intro}\n<<<\n${text}\n>>>` },
  ];
}

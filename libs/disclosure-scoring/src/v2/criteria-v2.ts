import type { Bilingual, CriterionMeta } from '../lib/types';

/** Bump when cues, roles, chain rules or weights change in a way that moves scores. */
export const RUBRIC_VERSION_V2 = '2026.12-v2.55';

const lv = (
  a: string,
  b: string,
  c: string,
  d: string,
  e: string,
  f: string,
  g: string,
  h: string,
): [Bilingual, Bilingual, Bilingual, Bilingual] => [
  { ja: a, en: b },
  { ja: c, en: d },
  { ja: e, en: f },
  { ja: g, en: h },
];

/**
 * The v2 criteria are the links of the value chain (REFERENCE §11.2), judged on the chains the text builds,
 * plus substitution. Our own wording; not official text. Weights are 0: the overall score comes from the
 * chains (build-chains.ts), the criteria explain it.
 */
export const CRITERIA_V2: readonly CriterionMeta[] = [
  {
    id: 'L1',
    key: 'business-and-asset',
    weight: 0,
    vcgHeading: 'VCG2',
    name: { ja: '事業と無形資産の特定', en: 'Named business and asset' },
    description: {
      ja: 'どの事業・製品・市場で、どの無形資産（技術・ブランド・データ・ノウハウ等）が使われるかを特定しているか。',
      en: 'Whether the text names the business, product or market and the intangible (technology, brand, data, know-how …) that serves it.',
    },
    levels: lv(
      '特定がない。',
      'Nothing is named.',
      '名前は出るが、つながる主張がない。',
      'Something is named, but no claim builds on it.',
      '事業か資産のどちらかを主張の中で特定。',
      'A business or an asset is named within a claim.',
      '同じ主張の中で事業と資産の両方を特定。',
      'Both the business and the asset are named in the same claim.',
    ),
    missing: [
      {
        ja: '知財・無形資産がどの事業・製品に使われるかが書かれていません。',
        en: 'Nothing says which business or product the IP serves.',
      },
      {
        ja: '特定した事業・資産を、仕組みや成果の説明につなげてください。',
        en: 'Tie the named business or asset to a mechanism or outcome.',
      },
      { ja: '事業と資産の一方しか特定されていません。', en: 'Only one of business and asset is named.' },
    ],
    suggestion: {
      ja: '「どの事業で、どの技術・ブランド・データが」を一文で書いてください。',
      en: 'Say in one sentence which business relies on which technology, brand or data.',
    },
  },
  {
    id: 'L2',
    key: 'mechanism',
    weight: 0,
    vcgHeading: 'VCG2',
    name: { ja: '優位の仕組み', en: 'Mechanism of advantage' },
    description: {
      ja: 'なぜその資産が優位を生むのか（独占・価格・切替コスト・ライセンス・標準・秘匿・データの蓄積など）を述べているか。',
      en: 'Whether the text says why the asset gives an advantage (exclusivity, price, switching cost, licensing, standards, secrecy, data network …).',
    },
    levels: lv(
      '仕組みの説明がない。',
      'No mechanism.',
      '「強み」「差別化」などの言葉や、ライセンス・秘匿といった手段の名前だけで、特定の事業・資産についてではない。',
      'Only words such as "strength" or "differentiation", or an instrument such as licensing or secrecy, about no named business or asset.',
      '仕組みを特定の事業・資産について述べている。',
      'A mechanism is stated for a named business or asset.',
      '仕組みが事業・資産・成果と一続きで語られている。',
      'The mechanism sits in one chain with the business, asset and outcome.',
    ),
    missing: [
      { ja: 'なぜ他社に対して優位になるのかが書かれていません。', en: 'Why the asset beats competitors is not said.' },
      {
        ja: 'どの事業・資産について、何が優位を生むのか（独占・価格・切替コスト・秘匿等）を書いてください。',
        en: 'Say which business or asset it is about and what makes it win (exclusivity, price, switching cost, secrecy …).',
      },
      {
        ja: '仕組みが、顧客価値や財務成果と同じ話の中で結び付いていません。',
        en: 'The mechanism is not tied to customer value or a financial outcome in the same story.',
      },
    ],
    suggestion: {
      ja: '特許・ノウハウ・ライセンスのどれを選び、なぜそれで優位が続くのかを書いてください。',
      en: 'Say which of patents, know-how or licensing you chose and why the advantage lasts.',
    },
  },
  {
    id: 'L3',
    key: 'value',
    weight: 0,
    vcgHeading: 'VCG4',
    name: { ja: '顧客価値・財務成果', en: 'Customer value and financial outcome' },
    description: {
      ja: '顧客が得るものや、動く財務項目（売上・利益率・シェア・価格・ライセンス収入等）を述べているか。',
      en: 'Whether the text says what customers get or which financial line moves (sales, margin, share, price, licence income …).',
    },
    levels: lv(
      '成果の記述がない。',
      'No outcome.',
      '成果の語はあるが、事業・資産とつながらない。',
      'Outcome words, not tied to a business or asset.',
      '特定の事業・資産の成果として述べている。',
      'Stated as the outcome of a named business or asset.',
      '仕組みを経た成果として一続きで述べている。',
      'Stated as the outcome of the mechanism, in one chain.',
    ),
    missing: [
      { ja: '顧客価値や財務成果が書かれていません。', en: 'No customer value or financial outcome is given.' },
      {
        ja: '成果が、どの事業・資産によるものかが書かれていません。',
        en: 'The outcome is not attributed to a named business or asset.',
      },
      { ja: '成果が、優位の仕組みとつながっていません。', en: 'The outcome is not linked to the mechanism.' },
    ],
    suggestion: {
      ja: 'その仕組みで顧客が何を得て、どの財務項目が動くのかを書いてください。',
      en: 'Say what customers get from it and which financial line moves.',
    },
  },
  {
    id: 'L4',
    key: 'kpi',
    weight: 0,
    vcgHeading: 'VCG4',
    name: { ja: '主張を測る指標', en: 'Indicator tied to the claim' },
    description: {
      ja: '仕組みや成果を測る指標（目標・実績）があるか。件数だけの数字は含めません。',
      en: 'Whether an indicator (target or track record) measures the mechanism or outcome. Counts alone do not qualify.',
    },
    levels: lv(
      '指標がない。',
      'No indicator.',
      '件数・順位など、主張を測らない数字のみ。',
      'Only counts or rankings that measure no claim.',
      '主張に結び付いた指標がある。',
      'An indicator tied to a claim.',
      '主張に結び付いた指標に、期限付きの目標がある。',
      'A tied indicator with a dated target.',
    ),
    missing: [
      { ja: '主張を測る指標がありません。', en: 'No indicator measures the claims.' },
      {
        ja: '件数ではなく、仕組みや成果を測る指標を示してください。',
        en: 'Give an indicator of the mechanism or outcome, not a count.',
      },
      { ja: '指標に期限付きの目標がありません。', en: 'The indicator has no dated target.' },
    ],
    suggestion: {
      ja: '主張した仕組み・成果を測る指標と、その目標年・実績を示してください。',
      en: 'Give the indicator that measures the claimed mechanism or outcome, with its target year and track record.',
    },
  },
  {
    id: 'L5',
    key: 'allocation',
    weight: 0,
    vcgHeading: 'VCG3',
    name: { ja: '資源配分', en: 'Resource allocation' },
    description: {
      ja: '投資・人員をどこに、なぜ配分するかを述べているか（「重点」という語だけでは足りません）。',
      en: 'Whether the text says where investment or people go and why (the word "priority" alone is not enough).',
    },
    levels: lv(
      '配分の記述がない。',
      'No allocation.',
      '配分の語はあるが、対象の事業・資産がない。',
      'Allocation words without a named target.',
      '特定の事業・資産への配分を述べている。',
      'Allocation to a named business or asset.',
      '金額・割合を伴う配分を、主張と一続きで述べている。',
      'Allocation with an amount or share, within a chain.',
    ),
    missing: [
      { ja: '投資・人員の配分が書かれていません。', en: 'Where investment or people go is not said.' },
      { ja: '配分の対象（事業・資産）が特定されていません。', en: 'The target of the allocation is not named.' },
      { ja: '配分の金額・割合がありません。', en: 'No amount or share is given for the allocation.' },
    ],
    suggestion: {
      ja: 'どの事業・資産に、いくら・何人を振り向けるのかを書いてください。',
      en: 'Say which business or asset gets how much money or how many people.',
    },
  },
  {
    id: 'L6',
    key: 'oversight',
    weight: 0,
    vcgHeading: 'VCG5',
    name: { ja: '監督の具体性', en: 'Specific oversight' },
    description: {
      ja: '誰がどのように（機関・頻度・決定事項）監督・決定しているかを述べているか。',
      en: 'Whether the text says who oversees or decides, and how (body, frequency, decisions).',
    },
    levels: lv(
      '監督の記述がない。',
      'No oversight.',
      '監督する機関の名前や「適切に監督」だけで、頻度・議題・決めたことがない。',
      'A body named or "appropriately oversees", but no frequency, agenda or decision.',
      '機関と、頻度または決定事項を述べている。',
      'A body with its frequency or decisions.',
      '監督が戦略の主張と一続きで述べられている。',
      'Oversight described within a strategy chain.',
    ),
    missing: [
      { ja: '誰が監督・決定しているかが書かれていません。', en: 'Who oversees or decides is not said.' },
      {
        ja: '監督の頻度・議題・決定事項を書いてください。',
        en: 'Give the frequency, agenda or decisions of the oversight.',
      },
      { ja: '監督の内容が、戦略の主張と結び付いていません。', en: 'The oversight is not tied to the strategy claims.' },
    ],
    suggestion: {
      ja: 'どの会議体が、年何回、何を決めたのかを書いてください。',
      en: 'Say which body meets how often and what it decided.',
    },
  },
  {
    id: 'L7',
    key: 'substitution',
    weight: 0,
    vcgHeading: 'VCG2',
    name: { ja: '代替記述の少なさ', en: 'No substitution for strategy' },
    description: {
      ja: '活動報告・件数・順位・受賞・評価額・リスク定型文が、戦略の代わりになっていないか（3が良い）。',
      en: 'Whether activity reports, counts, rankings, awards, valuations or risk boilerplate stand in for strategy (3 is best).',
    },
    levels: lv(
      '主に代替記述でできている。',
      'Mostly substitution material.',
      '代替記述が主張より多い。',
      'More substitution than claims.',
      '代替記述は補足にとどまる。',
      'Substitution material only as support.',
      '代替記述がない。',
      'No substitution material.',
    ),
    missing: [
      {
        ja: '活動・件数・リスク記述が戦略の代わりになっています。',
        en: 'Activity, counts or risk text stand in for strategy.',
      },
      {
        ja: '活動・件数の記述が主張より多く、何を示すのかが書かれていません。',
        en: 'Activity and counts outnumber the claims and measure nothing stated.',
      },
      {
        ja: '件数・活動の記述を、主張を裏付ける形に結び付けてください。',
        en: 'Tie the counts and activities to the claims they support.',
      },
    ],
    suggestion: {
      ja: '件数・受賞・研修の列挙ではなく、それが示す戦略上の意味を書いてください。',
      en: 'Instead of listing counts, awards or training, say what they show about the strategy.',
    },
  },
];

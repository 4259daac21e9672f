import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, ladder, option, tags } from '../bank-builders';
import { Condition } from '../condition';
import { Question } from '../question';

/** CG-report questions only make sense for companies that file one. */
const FILES_CG_REPORT: Condition = { profile: 'listingStatus', in: ['prime', 'standard', 'growth'] };

export const M7_QUESTIONS: readonly Question[] = [
  {
    id: 'm7.channels',
    module: 'm7',
    tracks: LISTED,
    type: 'multiple',
    prompt: t(
      '知財・無形資産の情報をどこで開示・発信していますか（当てはまるものをすべて）。',
      'Where do you disclose or communicate information on IP and intangibles? (Select all that apply.)',
    ),
    help: t(
      '複数の媒体で一貫した説明をすることが望まれます。',
      'A consistent story across several media is desirable.',
    ),
    glossary: ['cg-report', 'integrated-report'],
    options: [
      option('cg-report', 'コーポレート・ガバナンス報告書', 'Corporate governance report', 1),
      option('integrated-report', '統合報告書', 'Integrated report', 1),
      option(
        'securities-report',
        '有価証券報告書（サステナビリティ情報）',
        'Annual securities report (sustainability section)',
        1,
      ),
      option('ir-site', 'IRサイト', 'IR website', 1),
      option('ip-report', '知的財産報告書', 'IP report', 1),
      option('briefings', '決算・中計説明会', 'Results or mid-term-plan briefings', 1),
      option('none', '開示していない', 'We do not disclose', 0, true),
    ],
    tags: tags([6], [3], ['5'], [cgc2021('3-1-3')]),
  },
  {
    id: 'm7.cg-report-content',
    module: 'm7',
    tracks: LISTED,
    showIf: FILES_CG_REPORT,
    type: 'single',
    prompt: t(
      'CG報告書の補充原則3-1③（2021年版）に関する記載で、知財への投資をどう説明していますか。',
      'In your CG report’s disclosure for Supplementary Principle 3-1-3 (2021 code), how do you describe investment in IP?',
    ),
    help: t(
      '統合報告書などへの参照先の記載も含めて判断してください。「今後検討する」だけの記載は、具体的な取組みとは言えません。',
      'Include documents you refer to, such as the integrated report. A statement of future intentions alone is not a concrete activity.',
    ),
    glossary: ['cg-report'],
    options: [
      option('no-mention', '知財への言及がない', 'IP is not mentioned', 0),
      option(
        'generic',
        '言及はあるが、具体的な取組みがない（方針・意向のみ）',
        'IP is mentioned, but no concrete activity (policy or intentions only)',
        1,
      ),
      option('concrete', '具体的な取組みを記載している', 'Concrete activities are described', 3),
      option(
        'concrete-linked',
        '具体的な取組みを、経営戦略との関係と数値を添えて記載している',
        'Concrete activities, linked to the strategy and with figures',
        4,
      ),
    ],
    tags: tags([6], [3], ['5'], [cgc2021('3-1-3')]),
    weight: 2,
  },
  {
    id: 'm7.cg-report-link',
    module: 'm7',
    tracks: LISTED,
    showIf: FILES_CG_REPORT,
    type: 'evidence',
    prompt: t(
      '最新のCG報告書（または該当の開示ページ）のURLを入力してください。',
      'Enter the URL of your latest CG report (or the relevant disclosure page).',
    ),
    help: t('回答の根拠として結果画面に表示します。', 'Shown on the results page as evidence for your answers.'),
    glossary: ['cg-report'],
    tags: tags([6], [3], ['5'], [cgc2021('3-1-3')]),
  },
  {
    id: 'm7.integrated-report-link',
    module: 'm7',
    tracks: LISTED,
    showIf: { question: 'm7.channels', includes: 'integrated-report' },
    type: 'evidence',
    prompt: t(
      '統合報告書の知財・無形資産に関するページのURLを入力してください。',
      'Enter the URL of the IP/intangibles pages of your integrated report.',
    ),
    help: t('PDFの該当ページへのリンクでも構いません。', 'A link to the relevant page of a PDF is fine.'),
    glossary: ['integrated-report'],
    tags: tags([6], [3], ['5']),
  },
  {
    id: 'm7.segment-level',
    module: 'm7',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '開示は、知財・無形資産を事業セグメントや製品と結びつけて説明していますか。',
      'Does your disclosure tie IP and intangibles to business segments or products?',
    ),
    help: t(
      '「会社全体として知財を重視」ではなく、どの事業で何が効いているかを示しているかを確認します。',
      'Checks whether you show what works in which business, rather than “the company values IP”.',
    ),
    levels: ladder(
      ['結びつけていない。', 'Not tied to businesses.'],
      ['会社全体の一般的な説明のみ。', 'Company-wide generic statements only.'],
      ['一部のセグメント・製品について説明している。', 'Some segments or products are covered.'],
      ['主要な全セグメントについて説明している。', 'All main segments are covered.'],
      ['セグメント別に数値と進捗も示している。', 'Figures and progress are shown by segment.'],
    ),
    tags: tags([6], [3], ['2', '3'], [cgc2021('3-1-3')]),
  },
  {
    id: 'm7.quantitative',
    module: 'm7',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '開示に、数値目標・期限・実績が含まれていますか。',
      'Does your disclosure include numeric targets, dates and results?',
    ),
    help: t(
      '定性的な説明と定量的な説明の両方が望まれます。件数だけでなく成果の指標を含むとより伝わります。',
      'Both qualitative and quantitative explanation are desirable; outcome measures say more than counts.',
    ),
    glossary: ['kpi'],
    levels: ladder(
      ['数値はない。', 'No figures.'],
      ['保有件数など過去の数値のみ。', 'Past figures such as holdings only.'],
      ['KPIを示しているが、目標値はない。', 'KPIs are shown without targets.'],
      ['KPIの目標値と期限を示している。', 'KPI targets and dates are shown.'],
      [
        '目標に対する実績を毎年示し、差の理由を説明している。',
        'Results against targets are shown yearly with reasons for gaps.',
      ],
    ),
    tags: tags([6, 4], [3], ['4'], [cgc2021('3-1-3')]),
  },
  {
    id: 'm7.earnings-link',
    module: 'm7',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '開示は、知財・無形資産がどう利益やキャッシュフローにつながるかをストーリーとして説明していますか。',
      'Does your disclosure explain, as a story, how IP and intangibles lead to profit and cash flow?',
    ),
    help: t(
      '投資家がよく尋ねるのは、保有する知財がどう競争力と収益性につながるかです。',
      'Investors commonly ask how your IP holdings lead to competitiveness and profitability.',
    ),
    glossary: ['causal-path'],
    levels: ladder(
      ['説明していない。', 'Not explained.'],
      [
        '「重要な経営資源と認識」など一般的な表現のみ。',
        'Generic phrases only, such as “we regard IP as an important resource”.',
      ],
      [
        '強みとの関係は書いているが、財務とのつながりはない。',
        'The link to strengths is described, not to financials.',
      ],
      [
        '無形資産から財務までの道筋を、主要事業について説明している。',
        'The path from intangibles to financials is explained for the main businesses.',
      ],
      [
        '道筋を数値の裏付けとともに示し、毎年更新している。',
        'The path is shown with supporting figures and updated yearly.',
      ],
    ),
    tags: tags([6, 3], [3], ['2', '4'], [cgc2021('3-1-3')]),
    weight: 2,
  },
  {
    id: 'm7.sensitivity-policy',
    module: 'm7',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '競争上の不利益にならない範囲で何を開示し、何を伏せるか、方針を決めていますか。',
      'Do you have a policy on what to disclose and what to withhold so as not to harm your competitive position?',
    ),
    help: t(
      '仕組みの本質は説明しつつ、秘密は守る、というバランスを確認します。',
      'Checks the balance between explaining the mechanism and keeping secrets.',
    ),
    levels: ladder(
      ['方針はなく、開示を避けている。', 'No policy; we avoid disclosing.'],
      ['案件ごとに担当者が判断している。', 'Staff decide case by case.'],
      ['知財部門と開示部門で判断基準を共有している。', 'IP and disclosure teams share criteria.'],
      ['文書化された方針があり、経営が承認している。', 'A written policy approved by management.'],
      [
        '方針に基づき、本質を説明しつつ秘密を守った開示ができている。',
        'Disclosures explain the mechanism while protecting secrets, following the policy.',
      ],
    ),
    tags: tags([6], [3], ['5']),
  },
  {
    id: 'm7.cross-media-consistency',
    module: 'm7',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      'CG報告書・統合報告書・有価証券報告書などの間で、知財に関する説明と数値は一貫していますか。',
      'Are your IP explanations and figures consistent across the CG report, integrated report and annual securities report?',
    ),
    help: t('媒体間の食い違いは、開示の信頼性を損ないます。', 'Inconsistencies between media undermine credibility.'),
    glossary: ['cg-report', 'integrated-report'],
    levels: ladder(
      ['確認していない。', 'Not checked.'],
      ['媒体ごとに別々に作っている。', 'Each medium is written separately.'],
      ['主要な数値は揃えている。', 'Key figures are aligned.'],
      [
        '説明・数値を一元管理し、相互参照している。',
        'Explanations and figures are managed centrally and cross-referenced.',
      ],
      ['前年との比較も含めて一貫性を点検している。', 'Consistency is checked, including against the prior year.'],
    ),
    tags: tags([6], [3], ['5']),
  },
  {
    id: 'm7.valuation-link',
    module: 'm7',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '無形資産が企業価値（時価総額・PBRなど）にどう反映されているかを説明していますか。',
      'Do you explain how intangibles are reflected in your market value (market capitalisation, PBR)?',
    ),
    help: t(
      '自社の無形資産比率などを示す例も出てきています。',
      'Some companies now show their own intangible share of market value.',
    ),
    glossary: ['pbr'],
    options: [
      option('no', '説明していない', 'No', 0),
      option('qualitative', '定性的に触れている', 'Qualitatively', 2),
      option('quantitative', '無形資産比率などの数値で示している', 'With figures such as the intangible share', 4),
    ],
    tags: tags([6], [3], ['4']),
  },
];

import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, agendaTags, ladder, option } from '../bank-builders';
import { Question } from '../question';

const TSE_LISTED = { profile: 'listingStatus', in: ['prime', 'standard'] } as const;

// REFERENCE §12 (bank review): TSE's March 2023 request on management conscious of cost of capital and share price.
export const M16_QUESTIONS: readonly Question[] = [
  {
    id: 'm16.capital-cost-analysis',
    module: 'm16',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '資本コストを把握し、事業ごとの収益性（ROIC・ROEなど）と比べていますか。',
      'Do you know your cost of capital and compare it with the returns (ROIC, ROE and so on) of each business?',
    ),
    help: t(
      'PBRが1倍を下回るのは、市場が資本コストを上回る収益を期待していないことの表れとされます。',
      'A PBR below 1 is commonly read as the market not expecting returns above the cost of capital.',
    ),
    levels: ladder(
      ['把握していない。', 'Not known.'],
      ['財務部門が資本コストを試算している。', 'Finance has estimated the cost of capital.'],
      ['全社の収益性を資本コストと比べている。', 'Company-wide returns are compared with the cost of capital.'],
      [
        '事業ごとに比べ、取締役会で議論している。',
        'Returns are compared business by business and discussed by the board.',
      ],
      [
        '比較に基づく改善計画を公表し、毎年更新している。',
        'An improvement plan based on the comparison is published and updated every year.',
      ],
    ),
    tags: agendaTags(['capital-cost-pbr'], [2, 4], [2, 4], ['3', '4'], [cgc2021('4-2-2')]),
  },
  {
    id: 'm16.tse-response',
    module: 'm16',
    tracks: LISTED,
    showIf: TSE_LISTED,
    type: 'single',
    prompt: t(
      '東証の要請（2023年3月）に応じた「資本コストや株価を意識した経営」の開示はどの段階ですか。',
      'How far have you got with disclosure on management conscious of cost of capital and share price, as TSE requested in March 2023?',
    ),
    help: t(
      '現状の分析、計画の策定・開示、取組みの実行、毎年の更新という流れが求められています。',
      'The request asks for an analysis of the current state, a plan disclosed, its execution, and an annual update.',
    ),
    options: [
      option('none', 'まだ開示していない', 'Nothing disclosed yet', 0),
      option('considering', '検討中と開示している', 'Disclosed as under consideration', 1),
      option('disclosed', '分析と計画を開示している', 'Analysis and plan disclosed', 3),
      option('updated', '開示し、進捗を毎年更新している', 'Disclosed, with progress updated every year', 4),
    ],
    tags: agendaTags(['capital-cost-pbr'], [6], [3], ['3'], [cgc2021('3-1-3')]),
  },
  {
    id: 'm16.intangibles-in-plan',
    module: 'm16',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '資本効率や企業価値を高める計画の中で、無形資産への投資はどう位置づけられていますか。',
      'In your plan to raise capital efficiency and corporate value, where does investment in intangibles sit?',
    ),
    help: t(
      '自社株買いや費用削減だけでなく、知財・人材・データへの投資が将来の収益をどう押し上げるかを示せるかどうかです。',
      'Whether the plan shows how investment in IP, people and data will lift future returns, not only buybacks or cost cuts.',
    ),
    levels: ladder(
      ['計画がない。', 'There is no plan.'],
      ['株主還元や費用削減だけの計画。', 'The plan covers only shareholder returns or cost cuts.'],
      ['研究開発や知財に定性的に触れている。', 'R&D or IP is mentioned qualitatively.'],
      [
        '無形資産への投資と、成長や資本効率への効果の見込みを示している。',
        'The plan names intangible investments and their expected effect on growth or capital efficiency.',
      ],
      [
        '無形資産が資本コストを上回る収益を生む道筋を指標で示し、進捗を投資家との対話で説明している。',
        'Indicators show how intangibles earn returns above the cost of capital, and progress is explained in investor dialogue.',
      ],
    ),
    tags: agendaTags(['capital-cost-pbr'], [3, 4, 7], [1, 2], ['3', '4'], [cgc2021('4-2-2')]),
    weight: 2,
  },
];

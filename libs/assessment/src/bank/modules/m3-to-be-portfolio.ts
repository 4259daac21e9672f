import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, ladder, option, tags } from '../bank-builders';
import { Question } from '../question';

export const M3_QUESTIONS: readonly Question[] = [
  {
    id: 'm3.to-be',
    module: 'm3',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '5〜10年後に目指す会社の姿を決めていますか。',
      'Have you defined what the company should look like in 5–10 years?',
    ),
    help: t(
      '目指す姿を先に決め、そこから逆算して今やるべきことを決める（バックキャスト）ための出発点です。',
      'This is the starting point for backcasting: set the future state first, then decide what to do now.',
    ),
    glossary: ['backcast'],
    levels: ladder(
      ['決めていない。', 'Not defined.'],
      ['経営者の頭の中にはある。', 'It exists in the leader’s head.'],
      ['文章にして社内で共有している。', 'It is written down and shared internally.'],
      [
        '目指す姿と現状との差（課題）を具体的に整理している。',
        'The gaps between the target and today are spelled out.',
      ],
      [
        '差を埋める計画があり、進み具合を定期的に確認している。',
        'There is a plan to close the gaps and progress is reviewed regularly.',
      ],
    ),
    tags: tags([2], [], ['1', '2']),
  },
  {
    id: 'm3.to-be-description',
    module: 'm3',
    tracks: LISTED,
    type: 'text',
    maxLength: 3000,
    prompt: t(
      '目指す姿と、そこに向けた最大の課題を書いてください。',
      'Describe your target state and the biggest challenge in reaching it.',
    ),
    help: t(
      '数行で構いません。後で開示文案や計画づくりに使えます。',
      'A few lines are enough; they can be reused in disclosure drafts and plans.',
    ),
    tags: tags([2], [], ['2']),
  },
  {
    id: 'm3.strategy-integration',
    module: 'm3',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財・無形資産の取り組みは、経営や事業の戦略の一部として位置づけられていますか。',
      'Are your IP and intangibles efforts positioned as part of the management and business strategy?',
    ),
    help: t(
      '知財の担当者だけの計画ではなく、経営の計画の中で役割がはっきりしているかを確認します。',
      'Checks whether IP has a clear role inside the management plan rather than being a plan of the IP staff alone.',
    ),
    glossary: ['intangible-assets'],
    levels: ladder(
      ['位置づけられていない。', 'Not positioned at all.'],
      ['知財担当者が個別に対応している。', 'IP staff handle it case by case.'],
      [
        '知財の方針はあるが、経営・事業の戦略とは別になっている。',
        'There is an IP policy, separate from the business strategy.',
      ],
      ['経営・事業の戦略の中で知財の役割が明記されている。', 'The business strategy states the role of IP.'],
      [
        '戦略の立案段階から知財の観点が組み込まれ、一体で見直されている。',
        'IP is built into strategy-making from the start and reviewed together with it.',
      ],
    ),
    tags: tags([2], [4], ['2', '3']),
  },
  {
    id: 'm3.portfolio-backcast',
    module: 'm3',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '目指す事業ポートフォリオから逆算して、各事業の成長性・資本効率をどう高めるか、その中で知財・無形資産をどう使うかを示していますか。',
      'Backcasting from your target business portfolio, have you set out how each business will raise growth and capital efficiency, and how IP and intangibles will be used to get there?',
    ),
    help: t(
      'ガイドラインVer.2.0が重視する、事業ポートフォリオの変革から逆算したストーリーの考え方に対応する問いです。',
      'Reflects the Ver.2.0 emphasis on a story backcast from business-portfolio transformation (our paraphrase).',
    ),
    glossary: ['business-portfolio', 'backcast'],
    levels: ladder(
      ['示していない。', 'Not set out.'],
      [
        '目標ポートフォリオはあるが、知財・無形資産との関係は示していない。',
        'A target portfolio exists but without any link to IP or intangibles.',
      ],
      [
        '一部の事業について、知財・無形資産の役割を示している。',
        'The role of IP and intangibles is set out for some businesses.',
      ],
      [
        '全事業について現状・目標・移行のシナリオと知財の役割を示している。',
        'For every business: As Is, To Be, transition scenario and the role of IP.',
      ],
      ['上記を取締役会で議論し、定期的に更新している。', 'In addition, the board discusses and updates it regularly.'],
    ),
    tags: tags([2, 3], [1, 3], ['2', '3'], [cgc2021('4-2-2')]),
    weight: 2,
  },
  {
    id: 'm3.material-issues',
    module: 'm3',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '重要課題（脱炭素、DXなど）のうち、自社の無形資産が強みになる機会を特定していますか。',
      'Among your material issues (e.g. decarbonisation, DX), have you identified opportunities where your intangibles give you an edge?',
    ),
    help: t(
      '重要課題を、リスクだけでなく自社の無形資産を生かす機会として捉えているかを確認します。',
      'Checks whether material issues are treated as opportunities for your intangibles, not only as risks.',
    ),
    levels: ladder(
      ['重要課題を特定していない。', 'Material issues are not identified.'],
      ['重要課題はあるが、無形資産とは結びつけていない。', 'Material issues exist but are not linked to intangibles.'],
      [
        '一部の課題について、無形資産を生かせる機会を挙げている。',
        'Some issues are linked to opportunities for intangibles.',
      ],
      [
        '主な課題ごとに機会と必要な無形資産を整理している。',
        'Each main issue is mapped to opportunities and the intangibles they need.',
      ],
      ['その整理が投資計画と目標に反映されている。', 'The mapping is reflected in investment plans and targets.'],
    ),
    tags: tags([2], [1], ['1', '2']),
  },
  {
    id: 'm3.mid-term-plan',
    module: 'm3',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '中期経営計画で、知財・無形資産はどう扱われていますか。',
      'How are IP and intangibles treated in your medium-term management plan?',
    ),
    help: t('計画書そのものの記載で判断してください。', 'Judge by what the plan document actually says.'),
    options: [
      option('absent', '触れていない', 'Not mentioned', 0),
      option('mentioned', '言葉として触れている程度', 'Mentioned in passing', 1),
      option('policy', '方針を示す節がある', 'A section sets out the policy', 2),
      option('targets', '方針と数値目標がある', 'Policy with numeric targets', 3),
      option('targets-budget', '方針・数値目標・投資額がある', 'Policy, numeric targets and an investment budget', 4),
    ],
    tags: tags([2, 4], [2], ['3']),
  },
];

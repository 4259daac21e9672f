import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, agendaTags, ladder, option } from '../bank-builders';
import { Question } from '../question';

const ACTIVE = { question: 'm12.standards-activity', in: ['participate', 'lead'] } as const;

// REFERENCE §12, international standards (new international standards strategy, June 2025). Questions are ours.
export const M12_QUESTIONS: readonly Question[] = [
  {
    id: 'm12.standards-activity',
    module: 'm12',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '国際標準・業界標準づくりにどう関わっていますか。',
      'How are you involved in making international or industry standards?',
    ),
    help: t(
      '標準化団体、コンソーシアム、業界団体での規格づくりです。関わっていない場合、この領域の残りの設問の多くは表示されません。',
      'Standards bodies, consortia and industry associations. If you are not involved, most of the rest of this module is hidden.',
    ),
    options: [
      option('none', '関わっていない', 'Not involved'),
      option(
        'follow',
        '標準を使うだけで、づくりには参加していない',
        'We use standards but do not take part in making them',
      ),
      option('participate', '委員会などに参加している', 'We take part in committees'),
      option('lead', '提案や議長など、主導的な役割を担っている', 'We lead (proposals, chairs, editors)'),
    ],
    tags: agendaTags(['standards-in-strategy'], [1], [1], ['3']),
  },
  {
    id: 'm12.standards-in-strategy',
    module: 'm12',
    tracks: LISTED,
    showIf: ACTIVE,
    type: 'maturity',
    prompt: t(
      '標準化に取り組むかどうかを、事業戦略・知財戦略と一緒に決めていますか。',
      'Is the decision to work on a standard taken together with the business and IP strategy?',
    ),
    help: t(
      '何を標準にして広げ（オープン）、何を特許や秘匿で守るか（クローズ）を、事業ごとに決めることです。標準化は何年もかかり、その間に事業計画が変わります。',
      'Deciding, business by business, what to open up as a standard and what to keep closed with patents or secrecy. Standards work runs for years while business plans change.',
    ),
    levels: ladder(
      ['技術者が個人の判断で参加している。', 'Engineers take part on their own judgement.'],
      ['研究開発部門が案件ごとに判断している。', 'R&D decides case by case.'],
      [
        '知財部門と一緒に、技術ごとにオープンとクローズを決めている。',
        'Open and closed parts are decided per technology together with the IP team.',
      ],
      [
        '事業ごとの戦略の中に標準化の位置づけがあり、事業部門・知財・研究開発が一緒に決めている。',
        'Each business strategy says where standards fit, and the business, IP and R&D decide together.',
      ],
      [
        '中期経営計画に組み込み、事業計画が変わるたびに経営陣が見直している。',
        'It is part of the mid-term plan and management revisits it whenever the business plan changes.',
      ],
    ),
    tags: agendaTags(['standards-in-strategy'], [2, 3], [1], ['2', '3']),
    weight: 2,
  },
  {
    id: 'm12.standards-owner',
    module: 'm12',
    tracks: LISTED,
    showIf: ACTIVE,
    type: 'single',
    prompt: t('標準化活動の責任者は誰ですか。', 'Who owns your standards work?'),
    help: t(
      '国の戦略は、経営層の関与と専門人材の不足を課題に挙げています。',
      'The national strategy names a lack of management involvement and of specialists as problems.',
    ),
    options: [
      option('none', '決まっていない', 'Nobody in particular', 0),
      option('engineers', '参加している技術者それぞれ', 'Each engineer who takes part', 1),
      option('department', '研究開発部門または知財部門（部門長）', 'The R&D or IP department (its head)', 2),
      option('executive', '担当役員がおり、専門人材を配置している', 'A designated executive, with specialist staff', 4),
    ],
    tags: agendaTags(['standards-ownership'], [5], [4], ['5'], [cgc2021('4-2-2')]),
  },
  {
    id: 'm12.standards-return',
    module: 'm12',
    tracks: LISTED,
    showIf: ACTIVE,
    type: 'maturity',
    prompt: t('標準化活動の費用対効果をどう判断していますか。', 'How do you judge the return on your standards work?'),
    help: t(
      '効果の例：自社技術の採用、準拠製品のシェア、ライセンス収入、避けられた費用。費用は人件費・出張・会費など複数年分です。',
      'Returns such as adoption of your technology, share of conforming products, licensing income, costs avoided; costs are staff time, travel and fees over several years.',
    ),
    levels: ladder(
      ['判断していない。', 'It is not judged.'],
      ['費用だけ把握している。', 'Only the costs are tracked.'],
      [
        '成果（自社技術が採用されたかなど）を定性的に振り返っている。',
        'Outcomes (e.g. whether our technology was adopted) are reviewed qualitatively.',
      ],
      [
        '指標を決め、複数年の費用と合わせて毎年確認している。',
        'Defined indicators are reviewed every year against the multi-year cost.',
      ],
      [
        '指標に基づいて継続・中止を決め、その考え方を開示や投資家との対話で説明している。',
        'Continue-or-stop decisions follow the indicators, and the reasoning is explained in disclosure and investor dialogue.',
      ],
    ),
    tags: agendaTags(['standards-return'], [4], [2], ['4']),
  },
  {
    id: 'm12.essential-patents',
    module: 'm12',
    tracks: LISTED,
    showIf: { question: 'm12.standards-activity', in: ['follow', 'participate', 'lead'] },
    type: 'maturity',
    prompt: t(
      '標準必須特許（SEP）と標準に関わるライセンスを管理していますか（権利者・実施者のどちらの立場でも）。',
      'Do you manage standard-essential patents (SEPs) and standard-related licensing, as holder or as implementer?',
    ),
    help: t(
      '自社特許の必須性の確認、標準化団体へのライセンス宣言（FRAND）、パテントプール、他社SEPのライセンス料の見込みなどです。',
      'Checking whether your patents are essential, licensing declarations to standards bodies (FRAND), patent pools, and expected royalties for others’ SEPs.',
    ),
    levels: ladder(
      ['管理していない。', 'Not managed.'],
      ['問題が起きたときに対応している。', 'Handled when a problem arises.'],
      [
        '必須となりうる特許や必要なライセンスを把握し、宣言の方針に従っている。',
        'Potentially essential patents and needed licences are identified, and the declaration policy is followed.',
      ],
      [
        'SEPの一覧とライセンス方針（許諾・導入・パテントプール）があり、知財部門が管理している。',
        'There is a SEP list and a licensing policy (out, in, pools), managed by the IP team.',
      ],
      [
        'ライセンス収支を事業計画と結びつけて管理し、交渉方針を経営陣が決めている。',
        'Licensing income and costs are managed against the business plan, and management sets the negotiating stance.',
      ],
    ),
    tags: agendaTags(['standards-essential-patents'], [3, 4], [1], ['3']),
  },
];

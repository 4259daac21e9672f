import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, agendaTags, ladder } from '../bank-builders';
import { Question } from '../question';

// REFERENCE §12 (bank review): the link between IP and human-capital disclosure. Questions are ours.
export const M15_QUESTIONS: readonly Question[] = [
  {
    id: 'm15.ip-talent-plan',
    module: 'm15',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財戦略の実行に必要な人材（知財・技術・データ・標準化の専門人材）を計画的に確保・育成していますか。',
      'Do you plan how to hire and develop the people the IP strategy needs (IP, technical, data and standards specialists)?',
    ),
    help: t(
      '人数だけでなく、必要なスキル（IPランドスケープ、ライセンス交渉、データ・AIなど）を含みます。',
      'Not just headcount but the skills required (IP landscaping, licensing, data and AI and so on).',
    ),
    levels: ladder(
      ['計画はない。', 'No plan.'],
      ['知財部門の人数を把握している程度。', 'We know the IP department’s headcount.'],
      ['知財戦略に必要なスキルを定義している。', 'The skills the IP strategy needs are defined.'],
      [
        '採用・育成・配置の計画と目標があり、知財戦略と結びついている。',
        'Hiring, training and deployment plans have targets tied to the IP strategy.',
      ],
      [
        '進捗を測って見直し、人的資本の開示の中で説明している。',
        'Progress is measured and acted on, and explained within the human-capital disclosure.',
      ],
    ),
    tags: agendaTags(['human-capital-link'], [4, 5], [2, 4], ['3', '5']),
  },
  {
    id: 'm15.disclosure-link',
    module: 'm15',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '人的資本の開示と知財・無形資産の開示は、一つのストーリーとしてつながっていますか。',
      'Do your human-capital disclosure and your IP and intangibles disclosure tell one connected story?',
    ),
    help: t(
      '有価証券報告書のサステナビリティ情報や統合報告書で、人（発明者・技術者・専門人材）への投資がどの知財・競争力につながるかを示すことです。',
      'Showing, in the sustainability section of the annual securities report or the integrated report, how investment in people (inventors, engineers, specialists) leads to which IP and competitive strengths.',
    ),
    levels: ladder(
      ['つながりはない、または開示していない。', 'No link, or nothing disclosed.'],
      ['別々の章で触れているだけ。', 'They appear in separate sections only.'],
      ['人的資本の章で研究開発・知財の人材に触れている。', 'The human-capital section mentions R&D and IP staff.'],
      [
        '人への投資と知財・競争力の関係を、指標とともに説明している。',
        'The link between investment in people and IP and competitiveness is explained with indicators.',
      ],
      [
        '人と知財への投資を一体の戦略として、目標と実績を継続して開示している。',
        'Investment in people and IP is disclosed as one strategy, with targets and results over time.',
      ],
    ),
    tags: agendaTags(['human-capital-link'], [6], [3], ['4'], [cgc2021('3-1-3')]),
  },
];

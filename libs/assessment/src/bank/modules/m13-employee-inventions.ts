import { t } from '../../i18n/localized-text';
import { LISTED, agendaTags, ladder } from '../bank-builders';
import { Question } from '../question';

// REFERENCE §12 (bank review): 職務発明 rules and incentives (Patent Act art. 35). Questions are ours.
export const M13_QUESTIONS: readonly Question[] = [
  {
    id: 'm13.invention-rules',
    module: 'm13',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '職務発明の規程は整っていて、従業員に知られていますか。',
      'Are your employee-invention rules (shokumu hatsumei) in place and known to employees?',
    ),
    help: t(
      '特許法35条により、社内規程で権利の帰属と、発明者への「相当の利益」を定めることができます。決め方の手続（協議・基準の開示・意見の聴取）も大切です。',
      'Under Patent Act article 35, internal rules can settle who owns employee inventions and the “reasonable benefit” to the inventor. The procedure for setting it (consultation, published criteria, hearing objections) also matters.',
    ),
    levels: ladder(
      ['規程がない。', 'No rules.'],
      ['規程はあるが古く、ほとんど知られていない。', 'Rules exist but are outdated and little known.'],
      [
        '現行法に沿った規程があり、従業員に周知している。',
        'Rules follow the current law and have been made known to employees.',
      ],
      [
        '基準の開示、協議、意見を聴く手続があり、法改正に合わせて見直している。',
        'Criteria are published, with consultation and a procedure for objections, and the rules are revised when the law changes.',
      ],
      [
        '意匠・ソフトウェア・ノウハウ、AIを使った発明、共同開発や委託先まで対象を整理し、定期的に見直している。',
        'Designs, software, know-how, AI-assisted inventions, joint development and contractors are all covered, and the rules are reviewed regularly.',
      ],
    ),
    tags: agendaTags(['employee-inventions'], [5], [4], ['5']),
  },
  {
    id: 'm13.invention-incentives',
    module: 'm13',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '発明者への報奨は、発明を生み出す動機づけとして機能していますか。',
      'Do your inventor rewards actually encourage invention?',
    ),
    help: t(
      '出願時・登録時の定額の報奨だけでなく、事業への貢献に応じた報奨や、金銭以外の評価（表彰・昇進）も含みます。',
      'Beyond fixed payments at filing and grant: rewards tied to business contribution, and non-monetary recognition (awards, promotion).',
    ),
    levels: ladder(
      ['報奨はない。', 'There are no rewards.'],
      ['出願・登録時の定額の報奨だけ。', 'Only fixed payments at filing and grant.'],
      [
        '実施や売上への貢献に応じた報奨もある。',
        'There are also rewards for use in products or contribution to sales.',
      ],
      [
        '事業への貢献（収益・ライセンス）に応じた報奨と、金銭以外の評価を組み合わせている。',
        'Rewards for business contribution (earnings, licensing) are combined with non-monetary recognition.',
      ],
      [
        '研究開発戦略に合わせて制度を設計し、効果（発明届の数と質）を測って見直し、人的資本の方針として説明している。',
        'The scheme is designed around the R&D strategy, its effect (number and quality of invention reports) is measured and acted on, and it is explained as part of the human-capital policy.',
      ],
    ),
    tags: agendaTags(['employee-inventions', 'human-capital-link'], [4, 5], [2, 4], ['3']),
  },
];

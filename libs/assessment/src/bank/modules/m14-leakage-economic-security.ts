import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, agendaTags, ladder } from '../bank-builders';
import { Question } from '../question';

// REFERENCE §12 (bank review): technology leakage and economic security. Questions are ours.
export const M14_QUESTIONS: readonly Question[] = [
  {
    id: 'm14.secret-management',
    module: 'm14',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '営業秘密やノウハウを、秘密として管理していますか。',
      'Do you manage trade secrets and know-how as secrets?',
    ),
    help: t(
      '不正競争防止法で営業秘密として守られるには、秘密として管理されていることが必要です（表示、アクセスの制限など）。',
      'Under the Unfair Competition Prevention Act, information is protected as a trade secret only if it is managed as secret (marking, restricted access and so on).',
    ),
    glossary: ['know-how'],
    levels: ladder(
      ['特に管理していない。', 'Not managed in particular.'],
      ['「秘」の表示など、担当者ごとに管理している。', 'Individuals mark documents as confidential in their own way.'],
      [
        '秘密情報を区分し、区分ごとにアクセスを制限している。',
        'Secret information is classified and access is restricted by class.',
      ],
      [
        'アクセス記録の確認、取引先との秘密保持契約、定期的な棚卸しまで行っている。',
        'Access logs are checked, partners sign confidentiality agreements and secrets are inventoried regularly.',
      ],
      [
        '事故や兆候を分析して対策を見直し、取締役会に報告している。',
        'Incidents and warning signs are analysed, measures are revised and the board is informed.',
      ],
    ),
    tags: agendaTags(['leakage-economic-security'], [5], [4], ['5']),
  },
  {
    id: 'm14.departing-staff',
    module: 'm14',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '退職者や転職者を通じた技術流出を防ぐ手続がありますか。',
      'Do you have procedures against technology leaking out through departing staff?',
    ),
    help: t(
      '退職時の誓約、アクセス権の停止、持ち出しの確認、退職後の接触の扱いなどです。',
      'Exit pledges, revoking access, checking what is taken, and how later contacts are handled.',
    ),
    levels: ladder(
      ['手続はない。', 'No procedures.'],
      ['退職時に秘密保持の誓約書をもらっている。', 'Departing staff sign a confidentiality pledge.'],
      [
        '誓約に加え、アクセス権の即時停止と返却物の確認を行っている。',
        'Besides the pledge, access is revoked at once and returned material is checked.',
      ],
      [
        '重要技術に関わる人は、退職前のデータの持ち出し記録を確認し、面談で扱いを説明している。',
        'For staff with key technology, pre-departure data transfers are reviewed and obligations are explained in an exit interview.',
      ],
      [
        '兆候の早期把握から退職後の対応まで一連の仕組みがあり、定期的に効果を見直している。',
        'A complete process runs from early warning signs to after departure, and its effect is reviewed regularly.',
      ],
    ),
    tags: agendaTags(['leakage-economic-security'], [5], [4], ['5']),
  },
  {
    id: 'm14.partner-transfer',
    module: 'm14',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '海外の拠点・合弁・委託先・共同研究先に技術を渡すとき、何をどこまで渡すかを管理していますか。',
      'When you pass technology to overseas sites, joint ventures, contractors or research partners, do you control what goes and how far?',
    ),
    help: t(
      '渡す範囲の事前の決定、契約での保護、渡した後の使われ方の確認です。',
      'Deciding the scope beforehand, contractual protection, and checking how it is used afterwards.',
    ),
    levels: ladder(
      ['管理していない。', 'Not controlled.'],
      ['契約書のひな形に秘密保持の条項がある程度。', 'Only a confidentiality clause in the template contract.'],
      [
        '渡す技術を事前に決め、契約で使い道を限定している。',
        'What is passed is decided beforehand and the contract limits its use.',
      ],
      [
        '中核技術はブラックボックス化し、渡した後の利用状況を確認している。',
        'Core technology is kept as a black box and use after transfer is checked.',
      ],
      [
        '国・地域のリスク評価に基づいて、どこで開発・生産・出願するかまで決めている。',
        'Where to develop, produce and file is decided on a country-by-country risk assessment.',
      ],
    ),
    tags: agendaTags(['leakage-economic-security'], [2, 5], [1, 4], ['3', '5']),
  },
  {
    id: 'm14.economic-security',
    module: 'm14',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '輸出管理を含む経済安全保障のリスクを、全社で把握し管理していますか。',
      'Are economic-security risks, export control included, understood and managed company-wide?',
    ),
    help: t(
      '輸出管理（該非判定）、重要技術の流出、外国からの投資や買収、サプライチェーンの途絶などです。',
      'Export control (classification), leakage of critical technology, foreign investment or takeovers, and supply-chain disruption.',
    ),
    levels: ladder(
      ['考えていない。', 'Not considered.'],
      ['輸出の際に担当部署が個別に確認している。', 'The relevant department checks individual exports.'],
      [
        '輸出管理の社内規程（コンプライアンス・プログラム）があり運用している。',
        'An internal export-control compliance programme is in place and followed.',
      ],
      [
        '知財・研究開発・調達・法務が一緒に経済安全保障のリスクを評価している。',
        'IP, R&D, procurement and legal assess economic-security risks together.',
      ],
      [
        '担当役員がおり、取締役会がリスクと対策を定期的に確認し、提携や投資の判断に反映している。',
        'A designated executive owns it, the board reviews risks and measures regularly, and they shape partnership and investment decisions.',
      ],
    ),
    tags: agendaTags(['leakage-economic-security'], [5], [4], ['5'], [cgc2021('4-2-2')]),
    weight: 2,
  },
];

import { t } from '../../i18n/localized-text';
import { GlossaryTerm } from '../../bank/glossary-term';

/** Terms the SME track keeps, each explained inline in plain words (bank 2026.12-1). */
export const SME_GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'trade-secret',
    term: t('営業秘密', 'Trade secret'),
    definition: t(
      '法律で守られる会社の秘密です。守られるのは三つがそろうときだけです。秘密として管理していること（秘密管理性）、事業に役立つこと（有用性）、世間に知られていないこと（非公知性）です。',
      'A company secret protected by law (Unfair Competition Prevention Act, art. 2(6)). It is protected only if all three hold: it is managed as a secret, it is useful to the business, and it is not publicly known.',
    ),
    aliases: ['営業秘密', '秘密管理性', '有用性', '非公知性', 'trade secret'],
  },
  {
    id: 'nda',
    term: t('秘密保持契約（NDA）', 'Non-disclosure agreement (NDA)'),
    definition: t(
      '相手に見せた情報を、決めた目的以外に使わず、他の人に漏らさないと約束する契約です。',
      'A contract in which the other side promises to use what you show them only for the agreed purpose and not to pass it on.',
    ),
    aliases: ['秘密保持契約', 'NDA'],
  },
  {
    id: 'ip-trade-guideline',
    term: t('知的財産取引に関するガイドライン', 'SME Agency guideline on IP in business dealings'),
    definition: t(
      '中小企業庁が2021年に出した手引きです（2024年に改訂）。図面やノウハウを対価なしに求めることなどを問題としています。秘密保持契約などの契約書のひな形も公開されています。',
      'Guidance issued by the SME Agency in 2021 (revised 2024). It treats, for example, asking for drawings or know-how without fair payment as a problem, and comes with model contracts such as an NDA.',
    ),
    aliases: ['知的財産取引', 'ひな形', 'model contract'],
  },
  {
    id: 'locaben',
    term: t('ロカベン（ローカルベンチマーク）', 'Local Benchmark (Locaben)'),
    definition: t(
      '経済産業省が作った、会社の健康診断のシートです。社長と銀行や支援機関が話し合うときに使います。',
      'A company health-check sheet from METI, used when the owner talks with banks and support bodies.',
    ),
    aliases: ['ロカベン', 'ローカルベンチマーク', 'Locaben'],
  },
];

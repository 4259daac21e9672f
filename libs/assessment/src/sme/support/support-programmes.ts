import { LocalizedText, t } from '../../i18n/localized-text';

export interface SupportSource {
  readonly url: string;
  readonly title: string;
  /** The day we read the source. */
  readonly checkedOn: string;
}

export interface SupportProgramme {
  readonly id: 'inpit-ip-desk' | 'inpit-trade-secret-desk' | 'yorozu' | 'ip-finance';
  readonly name: LocalizedText;
  readonly runBy: LocalizedText;
  readonly offers: LocalizedText;
  readonly coverage: 'every-prefecture' | 'national' | 'through-banks';
  /** The programme's official portal, only where a source confirms it; null otherwise. */
  readonly portalUrl: string | null;
  /** A national number published on the programme's own portal (never a guessed local office number). */
  readonly nationalPhone: string | null;
  /** Pages for a single prefecture, only where a source confirms the address (JIS prefecture code → URL). */
  readonly prefecturePages: Readonly<Record<string, string>>;
  readonly sources: readonly SupportSource[];
}

/**
 * Free public help for SMEs, as a dated list with its sources (REFERENCE §5.5: ship a dated list, never invent
 * offices). We list programmes, not offices: no local address or local phone number is given because none was
 * confirmed here. Re-check the sources before changing anything, and move AS_OF with them.
 */
export const SUPPORT_PROGRAMMES_AS_OF = '2026-12-01';

export const SUPPORT_PROGRAMMES: readonly SupportProgramme[] = [
  {
    id: 'inpit-ip-desk',
    name: t('INPIT 知財総合支援窓口', 'INPIT IP Comprehensive Support Desk'),
    runBy: t(
      '工業所有権情報・研修館（INPIT）',
      'National Center for Industrial Property Information and Training (INPIT)',
    ),
    offers: t(
      '特許・商標・ノウハウの守り方の相談。無料で、秘密は守られ、会社への訪問も頼めます。全国47都道府県にあります。',
      'Advice on patents, trademarks and protecting know-how. Free and confidential; they can visit you. One in each of the 47 prefectures.',
    ),
    coverage: 'every-prefecture',
    portalUrl: 'https://chizai-portal.inpit.go.jp/',
    nationalPhone: '0570-082100',
    prefecturePages: { '39': 'https://chizai-portal.inpit.go.jp/madoguchi/kochi/' },
    sources: [
      {
        url: 'https://chizai-portal.inpit.go.jp/',
        title: 'INPIT知財総合支援窓口 ポータル（相談無料・訪問支援可・全国47都道府県、ナビダイヤル）',
        checkedOn: '2026-12-01',
      },
      {
        url: 'https://chizai-portal.inpit.go.jp/madoguchi/kochi/news/cat/post_57.html',
        title: 'INPIT 高知県知財総合支援窓口のページ（REFERENCE §5.1 の出典）',
        checkedOn: '2026-11-30',
      },
    ],
  },
  {
    id: 'inpit-trade-secret-desk',
    name: t('INPIT 営業秘密・知財戦略相談窓口（営業秘密110番）', 'INPIT Trade Secret and IP Strategy Desk'),
    runBy: t('工業所有権情報・研修館（INPIT）', 'INPIT'),
    offers: t(
      '営業秘密の管理、情報が漏れたときの相談、権利にするか秘密にするかの相談。各都道府県の知財総合支援窓口からつないでもらえます。',
      'Advice on managing trade secrets, on leaks, and on whether to patent or keep secret. The prefecture IP desks refer you.',
    ),
    coverage: 'national',
    portalUrl: null,
    nationalPhone: null,
    prefecturePages: {},
    sources: [
      {
        url: 'https://faq.inpit.go.jp/tradesecret/service/column1-10.html',
        title: 'INPIT 営業秘密・知財戦略相談窓口 コラム（業務内容の説明）',
        checkedOn: '2026-12-01',
      },
    ],
  },
  {
    id: 'yorozu',
    name: t('よろず支援拠点', 'Yorozu Support Centre'),
    runBy: t('国（中小企業庁）が各都道府県に設置', 'Set up by the government (SME Agency) in every prefecture'),
    offers: t(
      '売上、資金繰り、知財などの経営の相談に無料で応じ、合う支援機関を紹介します。',
      'Free advice on any business question, including sales, cash flow and IP, with referral to the right support body.',
    ),
    coverage: 'every-prefecture',
    portalUrl: null,
    nationalPhone: null,
    prefecturePages: {},
    sources: [
      {
        url: 'https://thepage.jp/tokyo/detail/20140527-00000007-wordleaf',
        title: '経済産業省が「よろず支援拠点」を全国の都道府県に一か所ずつ開設（2014年5月）',
        checkedOn: '2026-12-01',
      },
      {
        url: 'https://eguchi-zaimudaikou.com/vol-302j',
        title: 'よろず支援拠点について（無料の経営相談所、知的財産も相談内容に含む）',
        checkedOn: '2026-12-01',
      },
    ],
  },
  {
    id: 'ip-finance',
    name: t('知財金融（知財ビジネス評価書）', 'IP finance (IP business evaluation reports)'),
    runBy: t('特許庁が地域の金融機関と進めている取り組み', 'A Japan Patent Office scheme with regional banks'),
    offers: t(
      '技術やブランドが事業にどう役立っているかを評価書にまとめ、取引のある金融機関に渡します。まず取引銀行に聞いてみてください。',
      'A report on how your technology or brand supports your business, given to your bank. Ask your bank first.',
    ),
    coverage: 'through-banks',
    portalUrl: null,
    nationalPhone: null,
    prefecturePages: {},
    sources: [
      {
        url: 'https://keiei.proweb.jp/news/1/2432/3688/',
        title: 'REFERENCE §5.4 知財ビジネス評価書 / 知財金融 の出典',
        checkedOn: '2026-11-30',
      },
    ],
  },
];

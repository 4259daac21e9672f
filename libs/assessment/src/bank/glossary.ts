import { t } from '../i18n/localized-text';
import { GlossaryTerm } from './glossary-term';

/** Shared vocabulary shown inline next to questions (plain-language definitions, our own wording). */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'intangible-assets',
    term: t('知財・無形資産', 'IP and intangible assets'),
    definition: t(
      '形のない経営資源のこと。特許・商標などの権利だけでなく、技術、ブランド、ノウハウ、データ、顧客との関係、人材や組織の力も含みます。',
      'Business resources without physical form: not only rights such as patents and trademarks, but also technology, brand, know-how, data, customer relationships, and the capabilities of people and the organisation.',
    ),
    aliases: ['無形資産', 'intangible'],
  },
  {
    id: 'patent',
    term: t('特許', 'Patent'),
    definition: t(
      '発明を一定期間、独占的に使えるようにする権利。出願して審査を通る必要があり、内容は公開されます。',
      'A right to exclusive use of an invention for a limited period. It must be applied for and examined, and its content is published.',
    ),
    aliases: ['特許', 'patent'],
  },
  {
    id: 'trademark',
    term: t('商標', 'Trademark'),
    definition: t(
      '社名・商品名・ロゴなど、自社の商品やサービスの目印を守る権利。登録すると他社による紛らわしい使用を止められます。',
      'A right protecting the names and logos that identify your goods or services. Once registered, you can stop confusingly similar use by others.',
    ),
    aliases: ['商標', 'trademark'],
  },
  {
    id: 'know-how',
    term: t('ノウハウ・営業秘密', 'Know-how and trade secrets'),
    definition: t(
      '公開せずに社内で守っている技術や情報。秘密として管理していれば、法律上も保護されやすくなります。',
      'Technology or information you keep inside the company without publishing it. Managing it as a secret makes legal protection easier.',
    ),
    aliases: ['ノウハウ', 'know-how'],
  },
  {
    id: 'ip-landscape',
    term: t('IPランドスケープ', 'IP landscape'),
    definition: t(
      '経営・事業の情報と知財の情報を合わせて分析し、その結果を経営層や事業責任者と共有して戦略づくりに使う取り組み。',
      'Analysing business information together with IP information and sharing the results with executives and business heads to shape strategy.',
    ),
    aliases: ['IPランドスケープ', 'IP landscape'],
  },
  {
    id: 'open-close',
    term: t('オープン＆クローズ戦略', 'Open & close strategy'),
    definition: t(
      '技術を、独占して守る部分（特許や秘匿）と、他社に使わせて市場を広げる部分（ライセンス・標準化・公開）に分けて考える戦略。',
      'Splitting technology into what you keep exclusive (patents or secrecy) and what you open to others (licensing, standards, free release) to grow the market.',
    ),
    aliases: ['オープン＆クローズ', 'オープン&クローズ', 'open & close', 'open and close'],
  },
  {
    id: 'causal-path',
    term: t('因果パス（価値創造の道筋）', 'Causal path (value-creation path)'),
    definition: t(
      'どの無形資産が、どんな競争優位を生み、どんな顧客価値につながり、最終的にどの財務数値（売上・利益率など）に効くのかという道筋。',
      'The chain from an intangible to a competitive advantage, to customer value, and finally to a financial line such as sales or margin.',
    ),
    aliases: ['因果パス', 'causal path'],
  },
  {
    id: 'kpi',
    term: t('KPI（重要な成果指標）', 'KPI (key performance indicator)'),
    definition: t(
      '取り組みが進んでいるかを測る数値目標。活動量（出願件数など）だけでなく、成果（売上への貢献など）を測る指標もあります。',
      'A numeric target that shows whether an effort is progressing. Besides activity counts (e.g. filings) there are outcome measures (e.g. contribution to sales).',
    ),
    aliases: ['KPI'],
  },
  {
    id: 'cost-of-capital',
    term: t('資本コスト', 'Cost of capital'),
    definition: t(
      '株主や金融機関が資金を出す見返りに期待する利回り。事業の収益率がこれを上回って初めて企業価値が増えます。',
      'The return shareholders and lenders expect for providing funds. A business creates value only when its return exceeds it.',
    ),
    aliases: ['資本コスト', 'cost of capital'],
  },
  {
    id: 'pbr',
    term: t('PBR（株価純資産倍率）', 'PBR (price-to-book ratio)'),
    definition: t(
      '時価総額を自己資本（親会社の株主に帰属する持分）で割った値。1を上回る部分は、帳簿に載らない価値（無形資産など）への市場の評価とみなされます。',
      'Market capitalisation divided by equity attributable to owners of the parent. The part above 1 is read as the market’s valuation of value not on the balance sheet, such as intangibles.',
    ),
    aliases: ['PBR'],
  },
  {
    id: 'business-portfolio',
    term: t('事業ポートフォリオ', 'Business portfolio'),
    definition: t(
      '会社が持つ事業の組み合わせ。各事業の成長性と資本効率を見て、伸ばす・維持する・縮小するを決めます。',
      'The mix of businesses a company runs; each is judged on growth and capital efficiency to decide whether to grow, hold or shrink it.',
    ),
    aliases: ['事業ポートフォリオ', 'business portfolio'],
  },
  {
    id: 'backcast',
    term: t('バックキャスト', 'Backcasting'),
    definition: t(
      '将来の目指す姿を先に決め、そこから逆算して今やるべきことを決める考え方。',
      'Setting the desired future state first, then working backwards to decide what to do now.',
    ),
    aliases: ['バックキャスト', 'backcast'],
  },
  {
    id: 'cg-report',
    term: t('コーポレート・ガバナンス報告書', 'Corporate governance report'),
    definition: t(
      '上場会社が証券取引所に提出する、ガバナンスの状況とコーポレートガバナンス・コードへの対応を説明する報告書。',
      'The report listed companies file with the stock exchange describing their governance and how they respond to the Corporate Governance Code.',
    ),
    aliases: ['CG報告書', 'コーポレート・ガバナンス報告書', 'CG report', 'corporate governance report'],
  },
  {
    id: 'integrated-report',
    term: t('統合報告書', 'Integrated report'),
    definition: t(
      '財務情報と非財務情報（戦略、ガバナンス、無形資産など）を合わせ、会社が価値を生む仕組みを説明する任意の報告書。',
      'A voluntary report combining financial and non-financial information (strategy, governance, intangibles) to explain how the company creates value.',
    ),
    aliases: ['統合報告書', 'integrated report'],
  },
  {
    id: 'freedom-to-operate',
    term: t('他社権利の確認（FTO）', 'Freedom to operate (FTO)'),
    definition: t(
      '新しい商品やサービスを出す前に、他社の特許などを侵害しないかを調べること。',
      'Checking, before launching a product or service, that it does not infringe other companies’ patents or other rights.',
    ),
    aliases: ['FTO', 'freedom to operate'],
  },
  {
    id: 'management-design-sheet',
    term: t('経営デザインシート', 'Management design sheet'),
    definition: t(
      '政府（内閣府の知的財産戦略本部の検討）が2018年に公表した、これまでの価値創造の仕組みと将来の姿を1枚で整理するための様式。',
      'A one-page template published in 2018 from the Cabinet Office IP strategy headquarters’ work, to map how the business has created value so far and how it should in future.',
    ),
    aliases: ['経営デザインシート', 'management design sheet'],
  },
  {
    id: 'ip-business-evaluation',
    term: t('知財ビジネス評価書', 'IP business evaluation report'),
    definition: t(
      '中小企業の技術やブランドなどの知財が事業にどう役立っているかを評価した報告書。特許庁の事業を通じて金融機関の融資判断などに使われてきました。',
      'A report assessing how an SME’s IP, such as technology or brand, supports its business; provided through a JPO programme to help lenders assess businesses.',
    ),
    aliases: ['知財ビジネス評価書', 'IP business evaluation'],
  },
  {
    id: 'licensing',
    term: t('ライセンス', 'Licensing'),
    definition: t(
      '自社の特許や技術を他社に使わせて対価を得ること（ライセンスアウト）、または他社のものを使わせてもらうこと（ライセンスイン）。',
      'Letting others use your patents or technology for a fee (licensing out), or using theirs (licensing in).',
    ),
    aliases: ['ライセンス', 'licens'],
  },
];

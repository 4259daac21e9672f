import type { DraftTemplate } from './draft-template';
import { p } from './draft-template';

/**
 * A one-page summary of the company's intangible assets for its bank and business partners (SMEs; REFERENCE
 * §2.4, §5.4). Plain language; only what the inputs say.
 */
export const SME_ONE_PAGER_TEMPLATE: DraftTemplate = {
  type: 'sme-one-pager',
  version: '2026.12-2',
  title: p('{company} 知的資産（目に見えない強み）のご紹介', '{company}: our intangible assets at a glance'),
  sections: {
    company: p('会社の概要', 'About us'),
    strengths: p(
      'お客様に選ばれる理由と、それを支える無形資産',
      'Why customers choose us, and the intangibles behind it',
    ),
    earnings: p('強みが収益につながる仕組み', 'How our strengths turn into earnings'),
    protection: p('強みの守り方', 'How we protect our strengths'),
    'protection-owner': p('知財・無形資産の管理体制', 'Who looks after our IP and intangibles'),
    future: p('目指す姿', 'Where we are heading'),
    next: p('これから取り組むこと', 'What we will do next'),
    investment: p('今後の投資と目標', 'Investment and targets'),
    dialogue: p('金融機関・取引先の皆さまとの対話', 'Working with our bank and partners'),
  },
  phrases: {
    company: p(
      '{company}は{industry}の企業で、主に{products}を提供しています。',
      '{company} is a company in the {industry} sector; our main offerings are {products}.',
    ),
    companyNoIndustry: p(
      '{company}は、主に{products}を提供しています。',
      'Our main offerings at {company} are {products}.',
    ),
    figures: p(
      '{period}の売上高は{revenue}、従業員数は{employees}名です。',
      'In {period}, our revenue was {revenue} and we had {employees} employees.',
    ),
    why: p(
      '{who}は、お客様に選ばれる理由を「{text}」と考えています。',
      'In the words of our {who}, customers choose us because "{text}".',
    ),
    assetTypes: p(
      '当社の強みを支える無形資産には、{types}があります。',
      'The intangible assets behind our strengths include {types}.',
    ),
    customers: p('主なお客様は{customers}です。', 'Our main customers are {customers}.'),
    patentsHeld: p(
      '保有する特許（出願中を含む）は{range}です。',
      'We hold {range} patents, including pending applications.',
    ),
    trademarksAll: p(
      '社名と主な商品・サービス名は、すべて商標登録しています。',
      'Our company name and main product and service names are all registered trademarks.',
    ),
    trademarksSome: p(
      '社名と主な商品・サービス名の一部を商標登録しています。',
      'Some of our company and main product names are registered trademarks.',
    ),
    confidentialityChecked: p(
      '社外に出せない情報を特定し、社員・取引先との書面の秘密保持が守られているかを定期的に確認しています。',
      'We have identified the information that must not leak and regularly check that written confidentiality agreements with staff and partners are kept.',
    ),
    lenderOnce: p(
      '取引金融機関には、当社の強みを資料にまとめて説明したことがあります。',
      'We have explained our strengths to our bank once with written material.',
    ),
    lenderReflected: p(
      '取引金融機関には当社の強みを定期的に資料で説明しており、その内容は融資・出資の条件や評価にも反映されています。',
      'We explain our strengths to our bank regularly with updated material, and this has been reflected in loan or investment terms.',
    ),
    confidentiality: p(
      '社外に出せない情報は、社員・取引先の双方と書面で秘密保持を約束しています。',
      'Information that must not leak is covered by written confidentiality agreements with both staff and partners.',
    ),
    inventionOwnership: p(
      '社員や外注先が作った発明・デザイン・プログラムの権利は、書面の取り決めで当社に帰属させています。',
      'Written agreements assign to us the rights in inventions, designs and software made by staff and contractors.',
    ),
    lenderDialogue: p(
      '取引金融機関には、当社の強みを資料にまとめ、内容を更新しながら定期的に説明しています。',
      'We explain our strengths to our bank regularly, with written material that we keep up to date.',
    ),
    bankTools: p(
      '知財ビジネス評価書や経営デザインシートなどの資料を、銀行との対話で使っています。',
      'We have used documents such as an IP business evaluation report or a management design sheet in talks with our bank.',
    ),
    contact: p(
      '本資料に関するお問い合わせは、{contact}までお寄せください。',
      'For questions about this page, please contact {contact}.',
    ),
    // The SME check (bank 2026.12-1): one sentence per answer, claiming no more than the answer chosen.
    smeFigures: p(
      '{period}の売上高は{revenue}、従業員数は{employees}名です。',
      'In {period}, our revenue was {revenue} and we had {employees} employees.',
    ),
    smeKeyAssets: p('この強みを支えているのは、{assets}です。', 'What lies behind this: {assets}.'),
    smeNextSteps: p('{text}', '{text}'),
    'sme-strengths.written-down': p(
      '当社の強みは、金融機関やお客様にもお見せできる資料にまとめています。',
      'Our strengths are written down in a document we can show our bank and customers.',
    ),
    'sme-strengths.handover': p(
      '技やこつは手順として書き残し、何人かの社員が担えるようにしています。',
      'Our skills and tricks of the trade are written down as procedures, and several staff can do the work.',
    ),
    'sme-secrets.marked': p(
      '秘密の情報は一覧にし、すべてに表示や鍵をつけています。',
      'Our secret information is listed, and all of it is marked or locked.',
    ),
    'sme-secrets.access': p(
      '秘密の情報を見られる人を決めています。',
      'We have decided who may see our secret information.',
    ),
    'sme-secrets.not-public': p(
      'カタログや展示会で見せる前に、秘密の情報が含まれていないかを確かめています。',
      'Before showing anything in a catalogue or at a trade fair, we check that it holds no secret information.',
    ),
    'sme-secrets.staff-promise': p(
      '社員とは、就業規則と入社時・退職時の誓約書で、秘密を守る約束をしています。',
      'Staff promise to keep our secrets in the rules of employment and in a pledge signed on joining and on leaving.',
    ),
    'sme-deals.drawing-terms': p(
      '図面やノウハウを渡すときは、使い道と代金をいつも書面で決めています。',
      'When we hand over drawings or know-how, we always agree in writing what they are for and what we are paid.',
    ),
    'sme-deals.nda-first': p(
      '新しい相手と技術の話をする前には、必ず秘密保持契約を結んでいます。',
      'We always sign a non-disclosure agreement before discussing our technology with a new partner.',
    ),
    'sme-deals.joint-ownership': p(
      'お客様との共同開発では、成果が誰のものになるかを、始める前に書面で決めています。',
      'In joint development with customers, we agree in writing before we start who will own the results.',
    ),
    'sme-deals.guideline-known': p(
      '取引では、中小企業庁のガイドラインにある契約書のひな形を使っています。',
      'In our dealings we use the model contracts of the SME Agency’s guideline.',
    ),
    'sme-brand.trademark': p(
      '社名と主な商品の名前は、すべて商標登録しています。',
      'Our company name and main product names are all registered trademarks.',
    ),
    'sme-brand.export-trademark': p(
      '商品の名前は、売っている国や売る予定の国のすべてで商標登録しています。',
      'Our product names are registered trademarks in every country where we sell or plan to sell.',
    ),
    'sme-help.advisers': p(
      '名前や技術の守り方について、相談できる先を持っています。',
      'We have an adviser to ask about protecting our names and technology.',
    ),
    'sme-help.bank-talk.sheet': p(
      '取引金融機関には、当社の目に見えない強みを資料にまとめて伝えています。',
      'We explain our invisible strengths to our bank with a written document.',
    ),
    'sme-help.bank-talk.verbal': p(
      '取引金融機関には、当社の目に見えない強みを口頭で伝えています。',
      'We explain our invisible strengths to our bank in conversation.',
    ),
  },
  slots: {
    industry: { factKey: 'segments', label: p('主な商品・サービス', 'Main products and services') },
    revenue: { questionId: 'm0.revenue', label: p('売上高（百万円）', 'Revenue (million yen)') },
    employees: { questionId: 'm0.employees', label: p('従業員数', 'Number of employees') },
    why: {
      questionId: 'm10.why-customers-choose',
      factKey: 'valueChains',
      label: p('お客様に選ばれる理由', 'Why customers choose you'),
    },
    assetTypes: {
      questionId: 'm1.asset-types',
      label: p('強みを支えている無形資産の種類', 'Kinds of intangibles behind your strengths'),
    },
    protection: {
      questionId: 'm1.protection-status',
      factKey: 'openClose',
      label: p(
        '重要な無形資産をどう守っているか（権利・秘密・開放）',
        'How you protect your key intangibles (rights, secrecy, openness)',
      ),
    },
    contact: { factKey: 'sme.contact', label: p('金融機関・取引先向けの連絡先', 'Contact for banks and partners') },
    // Slots of the SME check and the SME facts form: each names what the owner can fill in, where they can.
    smeProducts: {
      factKey: 'sme.products',
      label: p(
        '主な商品・サービス（例：精密プレス金型の設計・製作）',
        'Main products or services (e.g. design and manufacture of precision press moulds)',
      ),
    },
    smeCustomers: {
      factKey: 'sme.customers',
      label: p(
        '主なお客様（例：県内の自動車部品メーカー）',
        'Main customers (e.g. car-parts makers in our prefecture)',
      ),
    },
    smeRevenue: { factKey: 'sme.revenueManYen', label: p('売上高（万円）', 'Revenue (10,000 yen)') },
    smeEmployees: { factKey: 'sme.employees', label: p('従業員数', 'Number of employees') },
    smeWhy: {
      questionId: 'sme-strengths.why-customers',
      label: p(
        'お客様に選ばれる理由（チェックの最初の質問）',
        'Why customers choose you (first question of the check)',
      ),
    },
    smeKinds: {
      questionId: 'sme-strengths.kinds',
      label: p(
        '強みに近いもの（チェックの2問目）',
        'What your strengths are closest to (second question of the check)',
      ),
    },
    smeProtection: {
      questionId: 'sme-secrets.has-secret',
      label: p(
        '強みの守り方（チェックの「ノウハウを守る」「取引と契約」）',
        'How you protect your strengths (the check’s know-how and contracts sections)',
      ),
    },
    smeNextSteps: {
      factKey: 'sme.nextSteps',
      label: p(
        'これから取り組むこと（例：今年中に秘密の情報を一覧にします）',
        'What you will do next (e.g. list our secret information this year)',
      ),
    },
  },
};

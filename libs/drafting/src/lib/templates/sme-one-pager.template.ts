import type { DraftTemplate } from './draft-template';
import { p } from './draft-template';

/**
 * A one-page summary of the company's intangible assets for its bank and business partners (SMEs; REFERENCE
 * §2.4, §5.4). Plain language; only what the inputs say.
 */
export const SME_ONE_PAGER_TEMPLATE: DraftTemplate = {
  type: 'sme-one-pager',
  version: '2026.12-1',
  title: p('{company} 知的資産（目に見えない強み）のご紹介', '{company}: our intangible assets at a glance'),
  sections: {
    company: p('会社の概要', 'About us'),
    strengths: p('お客様に選ばれる理由と、それを支える無形資産', 'Why customers choose us, and the intangibles behind it'),
    earnings: p('強みが収益につながる仕組み', 'How our strengths turn into earnings'),
    protection: p('強みの守り方', 'How we protect our strengths'),
    'protection-owner': p('知財・無形資産の管理体制', 'Who looks after our IP and intangibles'),
    future: p('目指す姿', 'Where we are heading'),
    investment: p('今後の投資と目標', 'Investment and targets'),
    dialogue: p('金融機関・取引先の皆さまとの対話', 'Working with our bank and partners'),
  },
  phrases: {
    company: p('{company}は{industry}の企業で、主に{products}を提供しています。', '{company} is a company in the {industry} sector; our main offerings are {products}.'),
    companyNoIndustry: p('{company}は、主に{products}を提供しています。', 'Our main offerings at {company} are {products}.'),
    figures: p('{period}の売上高は{revenue}、従業員数は{employees}名です。', 'In {period}, our revenue was {revenue} and we had {employees} employees.'),
    why: p('{who}は、お客様に選ばれる理由を「{text}」と考えています。', 'In the words of our {who}, customers choose us because "{text}".'),
    assetTypes: p('当社の強みを支える無形資産には、{types}があります。', 'The intangible assets behind our strengths include {types}.'),
    customers: p('主なお客様は{customers}です。', 'Our main customers are {customers}.'),
    patentsHeld: p('保有する特許（出願中を含む）は{range}です。', 'We hold {range} patents, including pending applications.'),
    trademarksAll: p('社名と主な商品・サービス名は、すべて商標登録しています。', 'Our company name and main product and service names are all registered trademarks.'),
    trademarksSome: p('社名と主な商品・サービス名の一部を商標登録しています。', 'Some of our company and main product names are registered trademarks.'),
    confidentialityChecked: p(
      '社外に出せない情報を特定し、社員・取引先との書面の秘密保持が守られているかを定期的に確認しています。',
      'We have identified the information that must not leak and regularly check that written confidentiality agreements with staff and partners are kept.',
    ),
    lenderOnce: p('取引金融機関には、当社の強みを資料にまとめて説明したことがあります。', 'We have explained our strengths to our bank once with written material.'),
    lenderReflected: p(
      '取引金融機関には当社の強みを定期的に資料で説明しており、その内容は融資・出資の条件や評価にも反映されています。',
      'We explain our strengths to our bank regularly with updated material, and this has been reflected in loan or investment terms.',
    ),
    confidentiality: p('社外に出せない情報は、社員・取引先の双方と書面で秘密保持を約束しています。', 'Information that must not leak is covered by written confidentiality agreements with both staff and partners.'),
    inventionOwnership: p(
      '社員や外注先が作った発明・デザイン・プログラムの権利は、書面の取り決めで当社に帰属させています。',
      'Written agreements assign to us the rights in inventions, designs and software made by staff and contractors.',
    ),
    lenderDialogue: p(
      '取引金融機関には、当社の強みを資料にまとめ、内容を更新しながら定期的に説明しています。',
      'We explain our strengths to our bank regularly, with written material that we keep up to date.',
    ),
    bankTools: p('知財ビジネス評価書や経営デザインシートなどの資料を、銀行との対話で使っています。', 'We have used documents such as an IP business evaluation report or a management design sheet in talks with our bank.'),
    contact: p('本資料に関するお問い合わせは、{contact}までお寄せください。', 'For questions about this page, please contact {contact}.'),
  },
  slots: {
    industry: { factKey: 'segments', label: p('主な商品・サービス', 'Main products and services') },
    revenue: { questionId: 'm0.revenue', label: p('売上高（百万円）', 'Revenue (million yen)') },
    employees: { questionId: 'm0.employees', label: p('従業員数', 'Number of employees') },
    why: { questionId: 'm10.why-customers-choose', factKey: 'valueChains', label: p('お客様に選ばれる理由', 'Why customers choose you') },
    assetTypes: { questionId: 'm1.asset-types', label: p('強みを支えている無形資産の種類', 'Kinds of intangibles behind your strengths') },
    protection: { questionId: 'm1.protection-status', factKey: 'openClose', label: p('重要な無形資産をどう守っているか（権利・秘密・開放）', 'How you protect your key intangibles (rights, secrecy, openness)') },
    contact: { factKey: 'sme.contact', label: p('金融機関・取引先向けの連絡先', 'Contact for banks and partners') },
  },
};

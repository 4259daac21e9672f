# One-off helper used to write passages.json (kept for provenance; not run by the eval).
import json
CITED = "Company named as a good-practice example for IP disclosure/IP management in an external source (see basis); passage describes concrete IP activity"
CONCRETE = "JPX400-analysis criterion 〇: concrete IP activity described (bodies, actions taken, figures); company not among the externally cited good-practice examples"
TRIANGLE = "JPX400-analysis criterion △: IP is mentioned but only as policy/intention, without concrete activity"
P = []
def add(id, lang, company, url, label, basis, text):
    P.append({"id": id, "language": lang, "company": company, "sourceUrl": url, "label": label,
              "labelName": {3: "strong", 2: "concrete", 1: "weak", 0: "none"}[label], "labelBasis": basis, "text": text})

KM_CITE = CITED + ": Konica Minolta's web IP disclosure is cited by note/kvaluation (2023-06, 'Patent information disclosure examples') as using patent information as evidence; REFERENCE §6.4."
AK_CITE = CITED + ": Asahi Kasei is cited by JPO (2020-10 exchange), METI Journal and yorozuipsc as a leading IP-disclosure company; REFERENCE §6.4."
DX_CITE = CITED + ": Dexerials cited by takano-pat (2025-12) for disclosing intangible-asset share in its integrated report; REFERENCE §6.4."
MC_CITE = CITED + ": Mitsui Chemicals cited by note/kvaluation (2023-06) as using patent information as evidence; REFERENCE §6.4."
KAO_NOTE = CONCRETE + " (Kao is a JPO 2023 guidebook case, but this passage is about R&D investment rather than IP, so it is not labelled strong)."

add("ja-konica-ar2013", "ja", "コニカミノルタ", "https://konicaminolta.jp/about/investors/ir_library/ar/ar2013/base/intellectual_property.html", 3, KM_CITE,
"""当社グループは、知的財産戦略も会社経営上の重要な戦略の1つであるとの認識のもと、事業戦略、技術戦略とともに三位一体で事業活動を展開しております。
当社グループでは、事業活動の内容・地域の変化と整合性の取れた特許出願・権利化を積極的に進めることにより、特許面で事業活動に寄与することを意図しています。
2012年度の日本特許出願公開件数は3,302件*1で微増傾向にあります。内訳は、主力事業である情報機器事業がほぼ半分を占めていますが、新規事業を含む産業用材料・機器事業においては比率が昨年度の15%から23%になるなど、情報機器事業以外の分野の比率が増加傾向にあります。
また、グローバルな事業を知的財産面からも支えるため、重要市場、生産国などをカバーするグローバルな特許群を形成する為の出願をしています。近年では事業環境の変化に対応した適切な特許出願国の選定を行うために、PCT出願を活用しています。当社グループの日本特許出願公開件数*1 に占めるPCT出願の国際件数比率は年々増加傾向にあり、2008年度では14.3%でしたが、2012年度では15.9%にまで増加しています。
知的財産活動の結果、特許保有件数は着実に増加し、2012年度に日本で登録された件数は2,144件*2 で2008年度の約1.7倍となっています。また、米国における特許登録件数は2008年度比約1.5倍の708件*2 となっています。さらに、中国における特許登録件数は2008年度の約2.7倍に相当する179件*2 となっており、中国での権利化に注力した結果、飛躍的な伸びを示しています。""")
add("ja-konica-2017", "ja", "コニカミノルタ", "https://www.konicaminolta.com/jp-ja/investors/ir_library/intellectual_property/2017_july_04.html", 3, KM_CITE,
"""グローバルな知的財産活動

売上の80%が海外となっている当社にとっては海外の知的財産が非常に重要となっています。下のグラフに示すとおり、日本特許出願件数を絞る一方で、外国特許出願を行った日本特許出願の割合(グローバル出願比率)を増加させており、当社のビジネスのグローバル化に対応しています。

2016 年度売上高地域別比率は、日本20%、米国26%、欧州31%、中国・アジア・その他23%。売上高は9,626億円。

日本特許出願件数減少。

グローバル出願比率増加。

当社のグローバルな知的財産活動の結果、2016年度日米中の特許保有状況は以下の通りとなっています。""")
add("ja-konica-2014", "ja", "コニカミノルタ", "https://www.konicaminolta.com/jp-ja/investors/ir_library/intellectual_property/2014_july_03.html", 3, KM_CITE,
"""2013年度の日本特許出願公開件数は2,924件となりました。分野別に見ると、主力事業である情報機器事業がほぼ半分を占めています。また、産業用材料・機器事業においては、主に有機EL照明を中心に堅調な出願活動を行っており、全体に占める割合は27%となりました。

当社の海外売上高比率は70%を超えており、また、海外に多数の営業拠点や生産拠点を有しています。こうした事業活動を知的財産面から支えるべく、重要な市場や生産国をカバーするワールドワイドな出願および権利化を実行しています。具体的には、重要な市場である米国での積極的な出願・権利化活動は継続しつつ、市場および生産国として重要な中国での出願・権利化活動を強化しています。
その結果、各国における特許登録件数および保有件数は順調に増加しています。""")
add("ja-konica-2005", "ja", "コニカミノルタ", "https://www.konicaminolta.jp/about/investors/ir_library/intellectual_property/2005_july_06.html", 3, KM_CITE,
"""当グループは、知的財産が重要な経営資源のひとつであるとの認識のもとに、グループ知的財産方針を策定し、事業に有益な資産形成および保有権利の有効活用を積極的に推進しています。具体的には、グループ知的財産方針に基づいて、毎年度ごとに各事業会社の知的財産戦略を策定し、これをローリングすることにより各事業戦略に合致した知的財産活動を推進しています。知的財産の取得においては、研究開発部門と知的財産センターとの合議により、事業面、技術面、特許面から発明の評価を行い、その評価結果に基づき個々の発明の出願方針を決定することにより、特許出願の質の向上に努めています。さらに、各事業の海外展開に合わせて、外国での権利取得を強化しており、特に、重要技術については、著しく経済成長している中国での出願増加を図っています。""")
add("ja-asahikasei-2021-award", "ja", "旭化成", "https://www.asahi-kasei.com/jp/news/2021/ze210416_2.html", 3, AK_CITE,
"""- 事業の利益を守り、事業の価値の最大化を実現するという恒久的な知財ミッション(Sustainable IP Goals)を掲げ、徹底して事業貢献を意識した知財活動を実施した。
- デジタルトランスフォーメーション(DX)による事業高度化に知財面から貢献するため、事業環境の分析や事業戦略の策定にあたっては知財情報等を活用したIPランドスケープ活動を全社横断で推進した。またDXによる事業構造の転換に備え、知財部内に専門のIPDXチームを組織し、先行技術調査ガイドラインや発明創出ガイドラインを作成し、全社支援を行っている。
- 研究者に対する知財マインド向上を目的とした教育カリキュラムが徹底されており、現名誉フェローの吉野彰氏をはじめとし、代々の研究者に高い知財マインドが継承されている。""")
add("ja-asahikasei-2021-outlook", "ja", "旭化成", "https://www.asahi-kasei.com/jp/news/2021/ze210416_2.html", 1, TRIANGLE + " (closing sentence of the same release, future intention only).",
"""当社は今後も知的財産権を有効に活用し、新規事業の創出や事業戦略の立案などに役立てることで、「持続可能な社会の実現」と「持続的な企業価値の向上」の双方を実現していくことを目指していきます。""")
add("en-dexerials-ipstrategy", "en", "Dexerials", "https://www.dexerials.jp/en/csr/management/ipstrategy.html", 3, DX_CITE,
"""We are formulating and executing an IP strategy in three stages that span the period of the current Mid-term Management Plan (hereinafter referred to as the “Mid-term Plan”) and the next midterm plan. Under the “Core Patent Utilization Strategy,” which began with the current Mid-term Plan, patent scores for each business category are analyzed internally and utilized in business decision-making to strengthen the competitiveness of core businesses and review the business portfolio.
Since the updated Mid-term Management Plan announced in May 2021, we have been promoting IP Landscape in new domains in cooperation with other divisions under the “IP Co-Creation Strategy.”
These IP measures began to be disclosed from the “Dexerials Integrated Report 2021” and the disclosures are in accordance with the “Intellectual Property and Intangible Assets Governance Guidelines” published by the Cabinet Office. Furthermore, in the next mid-term plan, we will work on strategic planning and promotion in the IP-IR* domain to deepen engagement with investors by proactively disclosing the business contribution of IP and so on.""")
add("en-mitsuichem-ipstrategy", "en", "Mitsui Chemicals", "https://www.mitsuichem.com/en/techno/ip/index.htm", 3, MC_CITE,
"""The Mitsui Chemicals Group regards intellectual property as a wide range of intangible assets that contribute to its business, including a host of rights under contract and trade secrets, as well as intellectual property rights like patents, confidential know-how, utility models, designs, brands (trademarks), and copyrights. The Group understands the importance of strategically leveraging an optimal mix of intellectual property.
The Basic Strategies of the 2025 Long-Term Business Plan are to (1) promote customer-driven innovation and strengthen our ability to propose solutions, (2) accelerate global expansion by strengthening overseas production and sales channels, and (3) strengthen the competitiveness of existing businesses by streamlining and establishing next-generation works that employ such advanced technologies as IoT and AI. From the foundation of these Basic Strategies, the Company will reassess its policy (patent application strategy) for acquiring and utilizing intellectual property that gives it an edge over the competition. Through tight-knit cooperation among business divisions, R&D divisions, production/technology divisions and other concerned departments, the Mitsui Chemicals Group aims to maximize the business opportunities afforded by intellectual property while minimizing any associated business risk.""")
add("ja-kao-strength", "ja", "花王", "https://www.kao.com/jp/investor-relations/individual/strength/", 2, KAO_NOTE,
"""花王の研究開発は、基盤技術研究と商品開発研究の2つに分けられます。商品開発研究は、半年から長くても数年以内に発売する商品のための研究です。一方、基盤技術研究は5年後、10年後を見据えた基盤となる技術を創造するための研究です。たとえば、「皮膚」や「代謝」など人間の身体の基本に迫る研究、汚れを落とすための「泡」や「酵素」などの物質の本質を追求する研究のことです。花王では、長い間、売上高の約4%を研究開発に投資しており、その約半分を基盤技術研究に投じています。これは、業界の中ではグローバルにみても高い数字です。""")
add("ja-mitsuikinzoku-structure", "ja", "三井金属", "https://mitsui-kinzoku.com/csr/society/intellectual_property", 2, CONCRETE,
"""知的財産に対するガバナンス向上への取組みとして、体制整備、知的財産を活用した高付加価値ビジネスへの展開に向けた取組みおよび社外への知的財産情報の発信等も積極的に推進しています。
組織体制
三井金属グループでは、知的財産部を中心に知的財産マネジメントを行ない、知的財産部を所管する技術本部長と定期的に知的財産活動の情報共有を行なっています。
また社長をはじめとする業務執行を指揮する役員に対しても、技術本部長が取締役会を通じて知的財産活動方針等を適宜報告し、知的財産・無形資産の価値向上活動の強化も図っています。""")
add("ja-mitsuikinzoku-basic", "ja", "三井金属", "https://mitsui-kinzoku.com/csr/society/intellectual_property", 1, TRIANGLE,
"""基本的な考え方
三井金属グループは、知的財産を重要経営資源と認識し、以下に示す「知的財産基本方針」に基づき、知的財産戦略を実行し、持続的な成長と中長期的な企業価値向上を目指します。
知的財産基本方針
- 事業戦略、研究開発戦略の連携で生まれた製品・技術は、知的財産として漏れなく保護し、既存事業の優位性を確保するとともに、新規事業の創出に活かします。
- 知的財産権に関する法律を遵守します。
- 第三者の知的財産権を尊重し、適切に対応します。
- 知的財産に係るリスクに対し、問題の早期発見・早期対応で係争の未然防止に努め、侵害行為に対しては確固たる態度で臨みます。
- 知的財産戦略を実行するための管理体制を構築し、これらを支える知的財産に係る人材の育成・確保を図ります。
- 知的財産を尊重する意識を全社に普及・浸透させ、企業風土として定着を図ります。""")
add("en-mitsuikinzoku-structure", "en", "Mitsui Kinzoku", "https://mitsui-kinzoku.com/en/csr/society/intellectual_property", 2, CONCRETE,
"""We actively implement initiatives to improve the IP governance, including system development, developing high-value-added businesses utilizing intellectual assets, and disseminating IP information outside the Group.

Management Structure

In the Group, the Intellectual Property Department plays a central role in managing IP and the department shares information on activities related to IP with the senior general manager of the Technology Sector. 

The senior general manager of the Technology Sector, who supervises the Intellectual Property Department, reports the policy and status of intellectual property activities through the Board of Directors to the President and other officers who direct business execution""")
add("en-mitsuikinzoku-basic", "en", "Mitsui Kinzoku", "https://mitsui-kinzoku.com/en/csr/society/intellectual_property", 1, TRIANGLE,
"""Mitsui Kinzoku Group recognizes intellectual property (IP) as an important management resource. Based on the Basic Intellectual Property Policy, we implement IP strategies to achieve sustainable growth and enhance our corporate value in the mid to long term.

Basic Intellectual Property Policy

  1. We acquire and protect the IP rights for every new product and technology resulting from implemented collaborative business and R&D strategies, in order to gain an advantage for existing businesses and seek to create new businesses. 
  2. We comply with laws and regulations pertaining to IP rights. 
  3. We respect the IP rights of third parties and take appropriate measures for such rights. """)
add("ja-nipponsoda-investment", "ja", "日本曹達", "https://nippon-soda.co.jp/rd_production/intellectual_property/", 2, CONCRETE,
"""日本曹達グループは、長期ビジョン「かがくで、かがやく。2030」を達成するため、新製品の開発および新規事業の創出に取り組んでいます。新製品を上市してシェアを拡大するため、また、新規分野に参入するためには、良質の知的財産権*1が必須であると考えており、研究開発の成果である発明を積極的に特許出願して知的財産ポートフォリオを構築しています。2022年7月時点で、当社は特許権および出願を国内外で2,697件(単体)保有し、研究開発品および既存製品を保護しています(図1)。

化学品関連の特許: 1,183件 農業化学品関連の特許: 1,477件""")
add("ja-nipponsoda-basic", "ja", "日本曹達", "https://nippon-soda.co.jp/rd_production/intellectual_property/", 1, TRIANGLE,
"""日本曹達グループは、特許権・商標権(ブランド)等に限らず、技術ノウハウ・営業情報などを含む広義の知的財産を、事業継続力と競争力の源泉であると捉え、適切に保護します。

基本的姿勢

  • 研究開発の成果である発明を積極的に権利化し、研究開発品・新製品を保護します。
  • 特許権・商標権(ブランド)・技術ノウハウ・営業情報等の知的財産の維持管理を徹底し、既存製品の競争力を維持します。
  • 第三者の知的財産権を尊重します。""")
add("ja-upisemi", "ja", "uPI Semiconductor", "https://www.upi-semi.com/upi-semi/esg/%e4%bc%81%e6%a5%ad%e5%ae%9f%e5%8b%99/%e7%9f%a5%e7%9a%84%e8%b2%a1%e7%94%a3%e7%ae%a1%e7%90%86%e8%a8%88%e7%94%bb/?lang=ja", 2, CONCRETE,
"""設立当初から、当社は知的財産権の重要性を十分に認識しており、確立された知的財産権制度は、当社が全力を尽くして投資した重要な技術を厳格に保護するだけでなく、競合他社が知的財産権訴訟を利用して商業競争を実現するのを防御することもできる。そのため、当社は創業以来、法務・知的財産権部門を設置し、知的財産権関連の管理措置を積極的に構築・実施してきた。一方、会社は法律法規の更新に基づき、関連管理措置を速やかに改正し、定期的に執行状況を検証している。対外的に、会社は積極的に各国の主管機関から知的財産権の申請と登録を取得し、定期的に競合他社の知的財産権の取得を審査し、会社の知的財産権を効果的に保護している。""")
add("ja-ajinomoto-policy", "ja", "味の素", "https://www.ajinomoto.co.jp/company/jp/activity/policy/intellectual_property_policy.html", 1, TRIANGLE,
"""1. 私たちは、企業活動により創造された知を知的財産権(特許権、実用新案権、意匠権、商標権、著作権、育成者権等)としての権利化や営業秘密としての管理等を通して、知的財産として適正に保護します。

  2. 私たちは、味の素グループグローバルブランドロゴ及びその他の商標を、基準に則って適切かつ正確に使用します。

  3. 私たちは、会社のブランドや会社が有する知的財産は、自社の重要な資産であることを認識し、社会の発展、企業の発展に寄与するため、法令、社内規定に従って適切かつ正確に使用します。

  4. 私たちは、自社の重要な資産である知的財産が特許権侵害や模倣品など、第三者により侵害された場合には警告、訴訟等の措置も含めて厳正に対処します。

  5. 私たちは、第三者の商標権、特許権などの知的財産権を尊重し、それらを許可無く使用しません。また、これらを毀損または侵害しません。""")
add("en-ajinomoto-policy", "en", "Ajinomoto", "https://www.ajinomoto.com/sustainability/agp/intellectual-property.php", 1, TRIANGLE,
"""  1. We will properly protect our knowledge created through our business activities as intellectual properties through the acquisition of intellectual property rights (patent rights, utility model rights, design rights, trademark rights, copyrights, plant breeder’s rights, etc.) and management of trade secrets.

  2. We will use the Ajinomoto Group Global Brand Logo and other trademarks appropriately and accurately in accordance with our standards.

  3. Recognizing that the company’s brand and the intellectual property owned by the company are important assets of the company, we will use them appropriately and accurately in accordance with laws, regulations, and company rules in order to contribute to the development of society and the company.""")
add("en-toyotaboshoku-intro", "en", "Toyota Boshoku", "https://www.toyota-boshoku.com/global/csr/social/management/intellectual/", 1, TRIANGLE,
"""The Toyota Boshoku group respects the intellectual property of third parties and appropriately values its own intellectual property, which is viewed as a key management asset essential for global business development. We continuously work to enhance the protection and utilisation of our intellectual property.""")
add("en-toyotaboshoku-applications", "en", "Toyota Boshoku", "https://www.toyota-boshoku.com/global/csr/social/management/intellectual/", 2, CONCRETE,
"""The Toyota Boshoku group promotes initiatives to increase the number of patent applications befitting the scale of business as well as their quality. In this respect, we are working to boost motivation toward the creation of inventions as well as vitalise application activities through managing targets for the number of patent applications by each technical division, in-house training and the patent compensation system, as well as patent application support activities from the intellectual property department. Particularly in recent years, we are promoting application activities in Europe and the United States as well as in the China region and emerging countries in response to the globalisation of business activities.""")
add("en-kaneka", "en", "Kaneka", "https://kaneka.co.jp/en/esg/governance/intellectual-property", 2, CONCRETE,
"""The Intellectual Property Department, which operates directly under the President, works to secure and maintain the Kaneka Group’s intellectual property, which supports our business. At each of our regional headquarters in the Americas, Europe, and Asia, we have put a framework in place for assigning intellectual property specialists to respond directly to local issues. To mitigate intellectual property risks and prevent leaks of trade secrets at Group companies in Japan and overseas, we are also shoring up cooperation between the various Group companies and the Intellectual Property Department.
Based on our Corporate Governance Code, which we revised in 2021, we continue taking actions to improve our governance of intellectual property. The director in charge of the Intellectual Property Department receives reports and gives directions at monthly reporting meetings.
In addition, intellectual property strategy meetings are held once a year for each division. These meetings are attended by general managers of the division, the research division, and the Intellectual Property Department.""")
add("en-aisin", "en", "AISIN", "https://www.aisin.com/csr/governance/intellectual/", 2, CONCRETE,
"""To contribute to increasing the competitiveness of AISIN Group, we engage intellectual property teams early on from the product planning stage to check patent portfolios and development activities of other companies based on patent information and guide the direction of our development efforts. In addition, we have initiated collaborative efforts within the Group to provide support to next-generation growth fields from the perspective of intellectual property.

In fiscal 2018, with the aim of increasing groupwide collaboration in the field of intellectual property, we sought to consolidate all work duties relating to trademark research, applications, acquisition and renewal of rights handled by the 14 main Group companies, contributing to the streamlining and increased reliability of trademark management duties as a united group. We also completed the development of regulations and infrastructure for the handling of intellectual property for the purpose of enhancing intellectual property capabilities at overseas development locations.""")
add("en-hugroup", "en", "H.U. Group", "https://www.hugp.com/en/business/r_and_d/ip.html", 2, CONCRETE,
"""We centrally manage intellectual property rights of the H.U. Group's domestic and foreign companies to maximize utilization of the intellectual property rights and minimize the related risks. Additionally, we periodically hold meetings for intellectual property strategy to review our intellectual property portfolio. We use an IP landscape to analyze the intellectual property of the Group and other companies and work to share information with each business division.

The H.U. Group owns the following intellectual properties and intangible assets with patents, trademarks, etc.

We will continue to leverage our group's intellectual properties and intangible assets to launch new clinical test items with short development lead times by coordinating activities across the group for swift test development. In addition, we will strengthen and expand the CDMO business, leveraging the credibility and appraisals based on approvals of IVD products in Japan.""")
add("en-toyodagosei", "en", "Toyoda Gosei", "https://toyoda-gosei.com/csr/governance/chizai/", 2, CONCRETE,
"""In FY2020, 213 Toyoda Gosei patents were registered in Japan and 149 in other countries.

We also began efforts toward a business strategy established through the accumulation and analysis of intellectual property information and non-intellectual property information based on the IP landscape.* We will continue these efforts in activities that contribute to the planning of our management strategy, including new business and new product plans.

At the same time, ongoing efforts include application activities and patent guarantee activities in line with each business area and development project, development of human resources through employee education, and raising awareness of intellectual property.""")
add("en-sumitomoforestry-2023", "en", "Sumitomo Forestry", "https://sfc.jp/english/sustainability/governance/intellectual-property.html", 2, CONCRETE,
"""Sumitomo Forestry established the Intellectual Property Department in the Legal Department as a body to manage intellectual property and it employs a number of patent lawyers as department staff. The Intellectual Property Department provides a wealth of support that includes education to cultivate knowledge and actions about intellectual property in employees, legal consultation about the infringement and being infringed on intellectual property rights, assistance for the execution of various contracts related to intellectual property, and the application and protection of the intellectual property that is created at the Tsukuba Research Institute and business departments for the purpose of improving corporate performance.

Intellectual Property Education

Sumitomo Forestry Group conducts intellectual property classroom training for employees under a systematic program that compiles content appropriate to each department. The purpose is to systematically teach the correct knowledge and fundamental actions for handling intellectual property from the perspectives of compliance and the risk management of intellectual property.""")
add("en-sumitomoforestry-basic", "en", "Sumitomo Forestry", "https://sfc.jp/english/sustainability/governance/intellectual-property.html", 1, TRIANGLE,
"""The proper protection and use of copyrights, trademarks and other intellectual property rights have a major impact on business competitiveness, while illegal actions such as intellectual property rights infringement is one of major risks in corporate management. The Sumitomo Forestry Group strives to properly manage intellectual property rights, including the protection of intellectual property based on the unique characteristics of each business and proper handling of third-party intellectual property as necessary to sustain and improve competitiveness.""")
add("en-sumitomoforestry-csr-old", "en", "Sumitomo Forestry", "http://sfc.jp/english/information/society/management/intellectual_property.html", 2, CONCRETE,
"""Sumitomo Forestry established the Intellectual Property Department and it employs a number of patent lawyers on its department staff. In addition to providing support for creating intellectual property, support for filing applications and preserving rights for intellectual property, and support for concluding various technology-related contracts, the department also raises awareness for intellectual property among employees, conducts internal and external intellectual property trend analyses, and makes recommendations for the direction of research and development.

Furthermore, in order to prevent rights violations from being caused by or to the Group, the Company has also established an Intellectual Property Hotline and promotes this service to employees.""")
add("ja-mitsubishichem-basic", "ja", "三菱ケミカル", "https://www.m-chemical.co.jp/csr/management/ip.html", 1, TRIANGLE,
"""三菱ケミカルホールディングス(MCHC)グループは、経済社会のグローバル化が進みマーケットが拡大・複雑化するなかで、各事業会社がシナジーを発揮し、さらなる成長を図っていくために、これまで蓄積してきた特許やノウハウ、商標などの「知的資本」の価値を高めて戦略的に活用していくことが不可欠と考えています。
この考え方に基づき三菱ケミカルでは、各事業それぞれにどのような知的財産環境を実現すべきか、どのような技術と知的財産を生み出し活用するか、という観点に立った知的財産戦略を策定し遂行しています。そして知的財産戦略の実行に際しては、知的財産の法的保護と活用の強化に努め、有効な第三者の知的財産権はこれを尊重するとともに、当社の知的財産権を第三者が侵害している場合は適切な措置を取ることとしています。""")
add("en-mcg-basic", "en", "Mitsubishi Chemical Group", "https://www.mcgc.com/english/innovation/ip_strategy.html", 1, TRIANGLE,
"""The Mitsubishi Chemical Group positions patents, trademarks, copyrights, expertise, data, and other intellectual property as important management assets. We aim to boost corporate value by effectively using these assets through collaboration with other companies, licensing, and other activities through which we can exploit our competitive advantage.
When our intellectual property rights are infringed, our approach is to confront the situation squarely and take appropriate action. Equally, we respect the intellectual property rights of other companies and act so as not to infringe on valid intellectual property rights belonging to other parties.""")
add("ja-nipponkayaku", "ja", "日本化薬", "https://www.nipponkayaku.co.jp/rd/ip.html", 2, CONCRETE,
"""各事業の事業戦略・研究開発戦略に基づき、事業部、研究所と知的財産部で協働しながら知的財産の創造に取り組んでいます。知的財産は事業や製品への貢献を考慮した上で、出願・権利化の要否を判断し、権利化を進めています。製造技術等のコア技術やノウハウはタイムスタンプ等を利用し、管理を行っています。登録された権利の事業への貢献を定期的に各事業で確認することで、知財投資の見直しを行っています。
知的財産は、事業により創造・権利化と活用の戦略が異なります。現在、中期事業計画で示された事業ポートフォリオ戦略における知的財産を可視化する作業を進めています。事業や製品の強みは何か、その中で知的財産はどのように貢献できるかを解析し、それらを活用しながら競争優位性の確保に取り組んでいます。""")
add("en-nipponkayaku-policy", "en", "Nippon Kayaku", "https://www.nipponkayaku.co.jp/english/rd/ip.html", 1, TRIANGLE,
"""The Nippon Kayaku Group has positioned intellectual property as a business resource for sustained development of the Nippon Kayaku Group.
We actively create and utilize intellectual property while respecting the intellectual property of other companies.""")
add("ja-sekisui", "ja", "積水化学工業", "https://www.sekisui.co.jp/sustainability_report/governance/intellectual_property/", 2, CONCRETE,
"""研究開発活動の成果としての「知的財産」は、企業価値の最大化に向けて積水化学グループの成長・収益を支える重要な経営資源と考えています。そのため、自社事業を支える戦略的な知的財産の確保、取得した知的財産の維持と管理に努めています。
2023年度からスタートした中期経営計画では、特許資産価値を示す指標である、Patent Asset IndexTM(PAI)を参考として、活動に取り組んでいます。
体制
積水化学グループではカンパニー制に対応し、各カンパニーの事業環境に則した迅速な活動推進ができるよう、コーポレートと
カンパニー各々に独立した知的財産部門を設けています。
また、知的財産部門の活動状況は、R&D委員会において定期的にモニタリングをしており、経営トップを交えた議論を実施し
ています。""")
add("en-asahigroup", "en", "Asahi Group Holdings", "https://www.asahigroup-holdings.com/en/company/governance/propertyright.html", 2, CONCRETE,
"""The Asahi Group views intellectual property activities as essential for developing its business. As such, we actively acquire rights in line with business development, investigating and taking appropriate action against the violation of our rights under related laws and regulations to avoid losing the degree of freedom we have over our business activities.

At the same time, we focus our efforts on developing organizational systems and rules aimed at respecting the intellectual property rights of third parties.

We do so primarily by investigating to confirm that the rights of a third party have not been infringed upon when developing new products or selecting new research topics.

In addition, we promote the sound growth of industry and cost-effectiveness by maintaining only the rights we need, while transferring to other parties or relinquishing those rights that offer no business development potential.""")
add("en-showadenko-kpi", "en", "Showa Denko", "https://www.sdk.co.jp/english/rd/ip.html", 2, CONCRETE,
"""The Showa Denko Group regards its intellectual property strategies as one of its important managerial strategies, and formulates and implements the business, R&D and intellectual property strategies in an integrated manner. We also constantly work to build a robust and broad network of patents for our major business segments and important products developed by the Group, thereby maintaining our competitive edge.


Medium- to long-term target (Materiality KPI)

New applications: From 342 in 2018 to 405 in 2022, and to 460 in 2025""")
add("en-kirin", "en", "Kirin Holdings", "https://www.kirinholdings.com/en/drivers/rd/ip/", 2, CONCRETE,
"""We at the Kirin Group have developed technological capabilities and expanded our businesses, ranging from the Food and Beverages domain to the Pharmaceuticals domain, with fermentation and biotechnology as our foundation. In the Health Science domain, we have used the brewing technology and knowledge of raw material processing cultivated in the beer brewing business to draw out the health benefits of microorganisms and plants and create new products. We developed iMuse, a brand of soft drinks and supplements infused with Lactococcus lactis strain Plasma (LC-Plasma), and our focus on the functionality of hops led to the development of KIRIN KARADA FREE, an alcohol-free, beer-flavored beverage, and other foods with functional claims.""")
add("en-sec-patch-10q", "en", "(SEC filer CIK 805928)", "https://www.sec.gov/Archives/edgar/data/805928/000095012311083613/R13.htm", 2, CONCRETE,
"""The Company’s policy is to protect its proprietary position by securing U.S. and foreign patents that cover the technology, inventions and improvements related to its business. The Company has 3 pending and 9 granted U.S. patents, multiple international pending and granted patents and a foreign application through the Patent Cooperation Treaty (“PCT”) related to its patch technologies. The Company’s issued U.S. patents have a remaining legal duration ranging from one to 11 years.""")
add("en-energyfocus", "en", "Energy Focus", "http://www.energyfocusinc.com/led-technology/patents/", 2, CONCRETE,
"""We have a policy of seeking to protect our intellectual property through patents, license agreements, trademark registrations, confidential disclosure agreements and trade secrets, as management deems appropriate. Our intellectual property portfolio consists of 79 issued United States and foreign patents of which 54 are currently in force, various pending United States patent applications, and various pending Patent Cooperation Treaty patent applications filed with the World Intellectual Property Organization that serves as the basis for national patent filings in countries of interest.

During 2012, we retained the services of an independent financial advisory firm to determine the fair  market value of certain patents and related patent applications, trade secrets and know-how that we own.""")
add("en-mtpharma", "en", "Mitsubishi Tanabe Pharma", "https://www.mt-pharma.co.jp/e/sustainability/fair_practices/intellectual_property.html", 1, TRIANGLE,
"""Under its intellectual property policies, the Company protects its own pharmaceuticals and effectively utilizes intellectual property, as well as files, acquires, and maintains and manages intellectual property rights including patents and trademarks. In addition, we promote intellectual property strategies together with our business and R&D strategies, and work to ensure our rights at the appropriate time. Furthermore, the Company respects third parties' valid intellectual property rights by managing intellectual property risks through investigations into the rights of third parties.""")
add("en-mhi-policy", "en", "Mitsubishi Heavy Industries", "https://www.mhi.com/company/technology/ip", 1, TRIANGLE,
"""The MHI Group respects the valid intellectual property (IP) of others, at the same time the appropriate protection and active use of IP.
To accelerate global development, the MHI Group actively pursues overseas M&A and alliance initiatives and builds bases in other countries. Along with the growth in global M&A activities, the external environment and risk factors related to intellectual property are changing momentarily. Even under these circumstances, when developing our business the MHI Group makes every effort to ensure respecting the IP of others by consideration to others' IP rights at every product stage, from basic planning and design to production. In these ways, the MHI Group strives to prevent international IP difficulties from arising.""")
add("en-tokyogas-2016", "en", "Tokyo Gas", "http://www.tokyo-gas.co.jp/csr/report_e/7_management/property.html", 2, CONCRETE,
"""Tokyo Gas conducts a thorough prior-technology search from the initial stage of technology development and reflects the results in our technology development activities so that we do not infringe upon the rights of other parties when conducting our business. We also conduct similar searches before putting our products and services on the market.

(2) To respect the rights of employees

We are implementing a compensation system that ensures rationality and transparency as required by the provision of "Inventions by Employees" in the Patent Act. Specifically, we assess royalties from inventions every year and provide 5% as compensation to inventors in this system.""")
add("en-fujikura-2017", "en", "Fujikura", "http://www.fujikura.co.jp/eng/esg/backnumber/2017/governance/intellectual.html", 2, CONCRETE,
"""The Fujikura group actively works to increase brand value. The brand logo in use as the unified group logo is currently used by over 70 domestic and overseas manufacturing and sales companies. To increase brand awareness overseas, we actively promote the display of the logo on exported and foreign-manufactured goods, and made progress in brand licensing with overseas agents in 2016.

We are progressing with trademark applications for the brand logo in all countries by 2020. Currently, applications are finished for over 160 countries. In 2016, it was registered in nations including the Republic of Armenia, the Republic of El Salvador, the Republic of Maldives, and Cambodia.""")
add("en-dexerials-intro", "en", "Dexerials", "https://www.dexerials.jp/en/csr/management/ipstrategy.html", 1, TRIANGLE + " (opening statement of the same page; a general positioning statement).",
"""Dexerials Group considers intellectual property (IP) as one of its essential management assets, and supports the enhancement of its corporate value and sustainable growth by creating new businesses and evaluating businesses using IP Landscape* while circulating the creation, protection, and utilization cycle.""")

json.dump({"version": 1, "retrieved": "2026-11", "note": "Verbatim excerpts of public company disclosures (stored public web pages). Labels: 3 strong (externally cited good-practice company, concrete content), 2 concrete (JPX400 〇), 1 weak (JPX400 △), 0 none (JPX400 ✕). See docs/disclosure-scoring.md.", "passages": P},
          open("passages.json", "w"), ensure_ascii=False, indent=2)
print(len(P), sum(1 for p in P if p["label"]==3), sum(1 for p in P if p["label"]==2), sum(1 for p in P if p["label"]==1))

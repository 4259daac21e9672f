# Generator for passages-4.jsonl (analyst4). Run inside this folder: python3 build-4.py
# Real passages are copied from stored page excerpts (search tool, corpus "pages"); only leading
# indentation was stripped. Invented passages are marked "(invented)" in `company` and have url None.
import json

F = ["business", "asset", "mechanism", "value", "kpi", "allocation", "oversight", "substitution", "boilerplate"]
def feats(*on):
    return {k: (k in on) for k in F}

P = []

P.append(dict(id="d01", language="ja",
 docType="company website notice (お知らせ) about imitation of its panel structure",
 company="株式会社静科", year=2013, source="real", url="https://hitori-shizuka.jp/archives/857",
 text="弊社類似商品・構造に関しまして\n\n『TBS がっちりマンデー』のご視聴ありがとうございます。\n\n様々なご相談やご質問をいただきましたが、その中で気になる内容がございました。本来でしたらご相談内容は伏せておりますが、ご相談者様の許可を得られましたので記載させていただきます。\n\nTV内で、弊社パネルの構成部材を見たお客様が、昨年弊社パネルの構成材料の一部(といわれるもの)で防音をしてもらったが、効果が実感できない、というお問い合わせをいただきました。パネルではなく、「材料」、というのが非常に気になり色々伺ったところ、弊社パネルの内部に使用している発泡樹脂を壁につけたそうです。\n\n始めに申し上げますが、構成材料単体での販売は弊社では行っておりません。また公的機関で、各材料の安全性(燃焼実験、強度、VOC関係)のデーターを測定・確認しお客様にご提供しております。\n\nそもそも、内部に使用している発泡樹脂は建築用でなくても購入が可能ですが、その際の吸音性能や燃焼実験、VOC(ホルムアルデヒド等)の数値はおそらく未確認だと思います(現在は断熱材で使用されておりますが、汎用性が広く建築の材料に不適格な素材もあります)。\n\nまた、弊社パネルの構造、材料の組み合わせに関しては国内11件、海外3件の特許・商標・意匠を取得しております。場合によっては知的財産権の侵害にもなります。弊社WEBでは一部構成材料や、方法を記載しております。また、特許も公開しております。",
 label="weak", rank=10, features=feats("business", "asset", "substitution"),
 note="Names the product (soundproof panel) and its structure/material combination, but offers a count of rights (11 domestic, 3 foreign), safety test data and an infringement warning instead of any account of why this wins or what it earns."))

P.append(dict(id="d02", language="ja",
 docType="corporate governance report (CG報告書) — supplementary principle 3-1③",
 company="株式会社ハルナ計測 (invented)", year=2025, source="invented", url=None,
 text="【補充原則3-1③ 知的財産への投資】\n売上の約6割を占める果実用非破壊糖度計「アマミル」の強みは、生産者団体と共同で集めた約120万個の実測値から作った140品種分の検量線データにあります。このデータは公開せず機器内部にのみ搭載し、光学部の構造は特許(日本・中国・チリ)で保護しています。光学部の特許は2029年に満了しますが、検量線は他社が短期に再現できないため、海外製の汎用機の約1.8倍の価格で、国内の選果場向けシェア約7割を維持しています。2025年度は検量線の品種拡充に1.6億円を充て、対応品種数と選果場の更新時再購入率(2024年度94%)を指標として、取締役会が年1回進捗を確認しています。",
 label="strong", rank=1, features=feats("business", "asset", "mechanism", "value", "kpi", "allocation", "oversight"),
 note="Short but complete: named product and asset (calibration data), a chosen secret/patent split and why it outlasts patent expiry, price premium and share, KPIs, budget and a board review cycle — all about the same business."))

P.append(dict(id="d03", language="ja",
 docType="press release / timely-disclosure notice (licence upfront receipt), as carried on nikkei.com",
 company="オンコリスバイオファーマ株式会社", year=2019, source="real",
 url="https://www.nikkei.com/article/DGXLRSP508901_X00C19A5000000/",
 text="テロメライシンの独占的ライセンス契約に関する契約一時金受領のお知らせ\n\n当社が 2019 年4月8日に中外製薬株式会社(以下「中外製薬」といいます。)と締結したがんに対するウイルス療法である「テロメライシン(OBP-301)」(以下、「テロメライシン」といいます。)の独占的ライセンス契約(以下「本契約」といいます。)に関して、4月 26 日に中外製薬から契約一時金を受け取りましたので、下記のとおりお知らせいたします。\n\n当社は本契約に基づき、中外製薬から独占的ライセンス契約の契約一時金として 5.5 億円を受け取りました。\n\nまた、本契約において当社は、日本・台湾の独占的ライセンスと、日本・台湾・中国・香港・マカオを除く全世界における独占的オプション権を中外製薬に付与しています。テロメライシンの臨床試験において一定の効果が確認され、中外製薬が上記のオプション権を行使した場合には、当社が中外製薬から受け取る本ライセンス契約総額は 500 億円以上になります。\n\nさらに、テロメライシンの上市後は、中外製薬におけるテロメライシンの売上額に応じた販売ロイヤリティを、ライセンス契約総額とは別に中外製薬から受け取ります。\n\nなお、本契約は、2019 年8月に開示を予定している 2019 年 12 月期第2四半期決算書類より影響を及ぼす見通しです。\n\n以上",
 label="medium", rank=5, features=feats("business", "asset", "mechanism", "value"),
 note="Hard case (licence notice): asset, licensing income and amounts are all there, but only as contract terms of one deal; nothing on why the asset is valuable or how the company competes. Doubt between strong and medium, so medium."))

P.append(dict(id="d04", language="en",
 docType="integrated report (English) — 'Intellectual capital' section",
 company="Kisaragi Holdings, Inc. (invented)", year=2025, source="invented", url=None,
 text="Intellectual capital\nAt Kisaragi, intellectual property and our wider intangible capital are the engine of our value-creation model. Guided by our Purpose and long-term vision, we pursue an integrated approach in which business strategy, R&D roadmaps and IP activities reinforce one another across the entire value chain. Insights from patent-landscape analytics feed directly into portfolio decisions, helping us chart the path from where we stand today to where we aim to be in 2035 and to secure a sustainable competitive edge. We deliberately combine proprietary and collaborative models — protecting what differentiates us and sharing what grows the market — to maximise the return on our intangible investments. Non-financial KPIs aligned with our material issues will be developed to make visible the causal links between intangible investment and corporate value. A cross-functional Intangible Assets Council, chaired by the Chief Strategy Officer, meets as needed to drive these initiatives, and the Board of Directors receives reports and exercises appropriate oversight. Going forward, we will deepen our dialogue with investors and further enrich our disclosure in line with the Corporate Governance Code and the national guidelines on intellectual property and intangible-asset governance.",
 label="weak", rank=12, features=feats("boilerplate"),
 note="Hard case: every guideline idea (landscape analytics, proprietary vs shared, causal links, KPIs, council, board) is invoked, yet no business, asset, figure or decision is named; the council 'meets as needed' and KPIs 'will be developed'."))

P.append(dict(id="d05", language="ja",
 docType="company website column on its trade-secret policy (IP-strategy page)",
 company="operator of enclosuretokyo.com (soundproof enclosure maker; company name not shown in the stored excerpt)",
 year=None, source="real", url="https://enclosuretokyo.com/?p=2454",
 text="防音のレシピは門外不出!企業秘密に隠された技術\n\n防音技術のレシピは門外不出!企業秘密を守る理由とは?\n\nある日、商社から「この図面で見積もりが欲しい」と連絡がありました。送られてきた図面は、当社が作成したものだったのですが、メーカー名が黒塗りにされ、他社にも相見積もりが出されていたのです。これは当社が設立間もない頃の話ですが、その時は図面や仕様書に遮音パネルの構造など、いわゆる防音のレシピを書いていました。\n\n防音のレシピ:企業の大切な財産\n\n防音のレシピには、使用する材料や組み合わせ、パネル内部の構造が含まれており、これは技術情報の核です。一般に、企業間でNDA(秘密保持契約)がなければ秘密保持の義務はありませんが、防音のレシピは不正使用のリスクが高いため、当社はその後一切技術の根幹に関わる情報を開示しない方針に変えました。\n\nさらに、特許や実用新案についても、情報流出のリスクを考え、取得せず企業秘密として保護しています。なぜなら、特許を少し変えるだけで使われてしまうケースがあるためです。\n\n防音技術が進化しない企業の問題\n\n以前、ある防音会社の工場を見学した際、製作中の防音カバーが並んでいました。その防音カバーを見た瞬間、15年前に当社が手掛けていた技術だとすぐにわかりました。これは、防音のレシピを公開していた当時、業界内で情報が広まり、競合が増えた結果です。\n\nただ、その防音会社は15年間、技術が進化していなかったのです。技術のアップデートがなければ、ユーザーの進化に対応できず、企業の未来もありません。",
 label="medium", rank=6, features=feats("business", "asset", "mechanism"),
 note="Names the asset (materials, combinations, internal panel structure) and gives a real reason for secrecy over patents (design-around, leakage via drawings), but no customer or financial outcome is stated."))

P.append(dict(id="d06", language="ja",
 docType="integrated report (統合報告書) — 知的財産活動 section",
 company="株式会社しらさぎ食品工業 (invented)", year=2025, source="invented", url=None,
 text="知的財産活動報告\n当社グループは、研究開発の成果を適切に権利化するとともに、第三者の権利を尊重することを基本方針としています。2024年度の国内特許出願件数は38件(前年度比+5件)、商標出願件数は112件となり、保有特許件数は国内214件、海外41件となりました。\n従業員の知財意識向上のため、新入社員・中堅社員・管理職向けの階層別研修を年9回実施し、延べ620名が受講しました。また、職務発明規程に基づく実績補償制度を運用し、本年度は発明者27名を表彰しました。2024年4月には、当社の知財活動が評価され、地方発明表彰において会長賞を受賞しました。\n模倣品対策では、ECモール上で当社商標を無断使用した出品について年間1,840件の削除申請を行い、その97%が削除されました。中国・ベトナムでは現地代理人と連携し、当社商標の先取り出願に対して3件の異議申立てを行いました。\n冷凍麺事業では、ゆで上げ後の急冷工程における温度カーブの制御方法について国内17件の特許群を保有しており、解凍後も麺の弾力が落ちにくい品質を他社が同じ方法で再現できないようにしています。この製法を用いた外食チェーン向けの業務用冷凍うどんは、汎用品より約2割高い価格帯でありながら、2024年度に前年比12%の増収となりました。\nさらに、研究所と知財部が合同で特許情報の分析勉強会を4回開催し、今後の新規テーマ探索に活用していきます。知財部門は現在12名体制で、うち弁理士資格保有者は3名です。今後も知的財産の創造・保護・活用のサイクルを回し、企業価値の向上に努めてまいります。",
 label="medium", rank=4, features=feats("business", "asset", "mechanism", "value", "kpi", "substitution"),
 note="Hard case: one paragraph (frozen noodles: process patents -> exclusivity -> ~20% price premium, +12% sales) is a full chain, but it is buried in counts, training, awards and takedowns that carry the passage; doubt between strong and medium, so medium."))

P.append(dict(id="d07", language="ja",
 docType="securities report (有価証券報告書) — 事業の内容 (business description), FY ended March 2023",
 company="マイクロ波化学株式会社", year=2023, source="real",
 url="https://donburi.accountant/report/?dn=1&es=74373&t=3",
 text="日・米・欧をはじめとした世界の主要国・地域は、地球温暖化対策として2050年のカーボンニュートラルを目指すことに同意しました。この実現にはエネルギーシステムをはじめとした抜本的な対策が必要となりますが、二酸化炭素の約30%を排出している製造業においては、再生可能エネルギー由来の電力をベースにした徹底的な「電化」が必須と言われております。当社のコアテクノロジーとなるマイクロ波プロセスは電気を用いて発生させますが、これに自然エネルギー由来の電力を活用することで、化石資源を利用している従来プロセスと比較して大幅な二酸化炭素削減が可能となるため、カーボンニュートラル実現に向けた有望な製造技術として注目されています。\n運輸や通信産業などにおいて馬車から内燃機関、電話からインターネットなどのイノベーションが起こる中、化学産業は勃興期と言われている20世紀初頭において生産開始されたドイツにおける1913年高温高圧ハーバーボッシュ法によるアンモニア合成や、1940年代のアメリカにおけるナフサ熱分解法よりほとんど姿を変えておらず、未だ重厚長大のエネルギー大量消費型のプロセスが多く残っています。現在、化学産業は、石油、天然ガスや石炭など総計12億トンの化石資源を燃料(全体の約30%)や原料(全体の約70%)として使用しており、世界全体の使用量の約5%を占めています。",
 label="medium", rank=7, features=feats("business", "asset", "value"),
 note="No IP vocabulary at all: names the core technology, the target market (chemical manufacturing) and the customer benefit (large CO2 cut vs fossil-heated processes), but nothing on why the company rather than others captures that benefit; the rest is industry context."))

P.append(dict(id="d08", language="ja",
 docType="timely-disclosure notice (適時開示) — lawsuit filed against the company",
 company="株式会社アオバ電装 (invented)", year=2025, source="invented", url=None,
 text="2025年10月14日\n各位\n会社名 株式会社アオバ電装\n当社に対する訴訟の提起に関するお知らせ\n当社は、2025年10月10日付で、ライトテック工業株式会社より特許権侵害に基づく差止及び損害賠償請求訴訟の提起を受け、本日訴状の送達を受けましたので、下記のとおりお知らせいたします。\n記\n1.訴訟の提起があった裁判所及び年月日\n東京地方裁判所 2025年10月10日\n2.訴訟を提起した者\nライトテック工業株式会社\n3.訴訟の内容\n当社が製造・販売する車載用LEDドライバモジュール「AQ-300」シリーズが、原告の保有する車載照明用駆動回路に関する特許権を侵害するとして、同製品の製造・販売の差止め及び損害賠償金4億2,000万円の支払いを求めるもの。\n4.今後の見通し\n当社は、当該製品は原告の特許権を侵害しておらず、また当該特許には無効理由があると考えており、訴訟において当社の正当性を主張してまいります。本件が当社の業績に与える影響は現時点では未定であり、今後開示すべき事項が生じた場合には速やかにお知らせいたします。\n以上",
 label="weak", rank=11, features=feats("business", "substitution"),
 note="Litigation notice: names a product line and the claim amount, but says nothing about the company's own intangibles or strategy; the lawsuit is the whole content."))

P.append(dict(id="d09", language="ja",
 docType="medium-term management plan — IP strategy page (中期経営計画2028)",
 company="株式会社タカミネ厨機 (invented)", year=2025, source="invented", url=None,
 text="【中期経営計画2028 知的財産の取り組み】\n業務用食器洗浄機事業では、本体の販売後に続く洗剤カートリッジと交換用洗浄アームの供給を、収益の柱に育てることを目指します。外食チェーンの店舗で非純正の洗剤や模造アームが使われると、洗浄不良や故障が増え、当社の保守契約の採算も悪化します。そこで2026年度以降の新機種では、カートリッジの差込口形状と洗浄アームについて部分意匠・関連意匠を日本、タイ、台湾で先に押さえ、あわせてカートリッジに内蔵するICタグの情報を本体が読み取り、純正品のときだけ節水運転が働く設計とする計画です。形を真似されても機能は再現できず、形だけ真似れば意匠権で止められる、という二重の壁を作るのが狙いです。\nこれにより、設置台数に占める純正カートリッジの使用率を現在の約6割から2028年度に8割へ、消耗品・保守売上の構成比を27%から35%へ高めることを目標としています(消耗品の売上総利益率は本体の約2倍です)。知財担当9名のうち2名を2026年にタイ拠点へ移し、現地での模造品の差止めと税関での水際対策を担わせます。取締役会は2025年5月、この方針と、意匠出願予算を前年度の1.5倍とすることを承認しました。",
 label="strong", rank=3, features=feats("business", "asset", "mechanism", "value", "kpi", "allocation", "oversight"),
 note="Hard case (intention register: 目指します/計画です/目標): named business, design rights plus cartridge ID as a two-layer barrier, margin logic, numeric targets, staff moved and a dated board decision."))

P.append(dict(id="d10", language="ja",
 docType="press release (3D-trademark registration of a product), as quoted on a Hatena Bookmark page",
 company="ショウワノート株式会社", year=2014, source="real",
 url="https://b.hatena.ne.jp/mechapanda/?url=http%3A%2F%2Fwww.showa-note.co.jp%2F",
 text="「ジャポニカ学習帳」他各種学用品を製造・販売するショウワノート株式会社(東京本部:東京都中央区、代表取締役社長:片岸 茂)が1970年(昭和45年)から製造・販売し、長年に渡って広く親しまれてきた「ジャポニカ学習帳」(当社商品名)の形状が、特許庁によって立体商標(文字なしのもの)として登録が認められました。 立体商標とは、1996年(平成8年)の商標法改正により設けられた、トレードマークやサービスマークなどの平面的な商標とは異なる、商品やサービスを特定する立体形状を「商標」として登録し、保護する制度です。 「ジャポニカ学習帳」が立体商標として登録が認められたということは、デザインそのものが、当社の製品「ジャポニカ学習帳」であるとわかることを意味しています。",
 label="weak", rank=9, features=feats("business", "asset", "substitution"),
 note="Names the brand and product and reports a registration event with an explanation of what a 3D trademark is; no mechanism tied to sales, price or share, so the event stands in for strategy."))

P.append(dict(id="d11", language="ja",
 docType="securities report (有価証券報告書) — 経営方針・経営戦略 section",
 company="株式会社ミカサ濾過工業 (invented)", year=2025, source="invented", url=None,
 text="(3)中長期的な会社の経営戦略\n医薬品・ワクチン製造向け除菌フィルター事業では、お客様の製造ラインに当社のフィルターハウジングが一度採用されると、その仕様が製造販売承認書と工程バリデーションの記録に書き込まれます。他社品へ切り替えるには再バリデーションと当局への変更手続が必要となり、お客様にとって6〜12か月の作業になります。当社はこの構造を前提に、ハウジングの新世代品を旧世代と取付寸法・流量特性が同一となるよう設計し、お客様が社内の変更管理だけで更新できるようにしてきました。その結果、採用ラインは国内外で約410ラインに達し、交換用カートリッジの継続受注率は直近3期平均で96%、同事業の売上の72%を交換用カートリッジが占めています。交換用カートリッジの営業利益率は24%と装置販売(9%)を大きく上回っており、当社は新規ラインの獲得を最優先とし、2026年3月期から3年間で技術営業とバリデーション支援の要員を40名増員します。",
 label="strong", rank=2, features=feats("business", "asset", "mechanism", "value", "kpi", "allocation"),
 note="Hard case: no IP words at all; the intangible is the installed base written into customers' regulatory files, the mechanism is switching cost kept alive by drop-in compatible design, with repeat rate, sales mix, margin gap and headcount allocation."))

P.append(dict(id="d12", language="ja",
 docType="company executive's blog post (note.com) on the company's patents",
 company="amptalk株式会社 (author assumed to be a company executive — see README)", year=None, source="real",
 url="https://note.com/kurokensu/n/n5b705ae39769",
 text="SaaS企業こそマジメに特許を考えた方が良い理由\n\nなぜ書こうと思ったか\n\n先週、グローバル・ブレインさんのこのブログを読んでいて、そういえばSaaS界隈であまり特許や知財の話は出てこないなと。\n\nSaaSに限らずソフトウェアビジネスは参入障壁を作りづらいことが多く、技術面・機能面のキャッチアップが急速に進んでいくため、むしろ特許などの知財戦略が大事になる局面が多いと感じています。先ほどのブログでも、以下のように説明されています。\n\n『技術的に模倣が容易なプロダクトの場合こそMoatが必要であり、重要な機能で特許取得できたときのインパクトは大きいと考えられます』\n\nご参考までに、amptalkもいくつかの特許を保有しています。\n\n出所: J-PlatPat\n  • チャットツールから生成AIへの指示を出して情報を取得する特許\n\n  • Zoomなどビデオ会議への入室時に質問項目への入力を求める特許\n\n  • オンライン商談や電話の内容を解析し、特定の条件に応じてチャットツールに通知を飛ばす特許  など\n\nということで、今回は特許や知財についてどのように考えているかについて書いてみます。ちなみに私は法律の専門家ではありませんし(学部時代に学びましたが全ては忘却の彼方に…)、あくまでビジネスサイドとしてどう考えるか、という観点で書きます。",
 label="medium", rank=8, features=feats("business", "asset", "mechanism"),
 note="Lists three specific patents on product functions and argues a general moat logic for fast-copied SaaS, but never ties the patents to customers, pricing or results; doubt between medium and weak (mechanism is generic), kept medium because patents, functions and the entry-barrier reason are all named."))

ids = [p["id"] for p in P]
assert ids == [f"d{i:02d}" for i in range(1, 13)], ids
assert sorted(p["rank"] for p in P) == list(range(1, 13))
order = ["id", "language", "docType", "company", "year", "source", "url", "text", "label", "rank", "features", "note"]
with open("passages-4.jsonl", "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps({k: p[k] for k in order}, ensure_ascii=False) + "\n")
print("wrote", len(P))

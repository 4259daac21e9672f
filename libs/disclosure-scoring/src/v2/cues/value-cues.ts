// Cues for why an asset gives an advantage and what customers get from it.
import { re, wordStart } from './pattern';

/** The alternatives written in Japanese only (no Latin letter outside an escape): all a sentence without one can match. */
const japaneseOnly = (parts: readonly string[]): string[] =>
  parts.filter((p) => !/[a-z]/u.test(p.replace(/\\[a-zA-Z]/gu, '')));

/**
 * Why an asset gives an advantage, told as an advantage (barriers, premium, switching cost, lock-in, keeping rivals
 * out …). Words like these are what a text full of strategy vocabulary is made of: they earn a link only about
 * something specific (a named business or asset in the sentence, or an explicit reference back to one); otherwise
 * a token (build-chains.ts, issue 18 "vocabulary without an object").
 */
/** After a product line: not one more line in a list of what the company makes, sells or stocks (v2.38). */
const NOT_A_LISTED_LINE =
  '(?!(?:の|を)?(?:製造|販売|輸出|輸入|卸|仕入|満載|取り扱|取扱|扱)|(?:等|など)の(?:事業|業務))';
const MECHANISM_PARTS: readonly string[] = [
  '参入障壁',
  '模倣(?:が|を)?(?:困難|防|させ|され(?:にく|ず))',
  '模倣困難',
  '他社(?:の)?(?:参入|追随|模倣)を(?:防|阻|抑)',
  '追随を許さ',
  // No rival exists yet, told plainly (v2.35, walk 54): 「対抗し得る類似工法は実用化されておらず」, 競合する製品は存在しない,
  // "no competing product has been approved".
  '(?:対抗|競合|匹敵|代替)(?:し得る|しうる|できる|可能な|する)[^。、]{0,12}(?:は|が)(?:まだ)?(?:実用化されて(?:おらず|いない|いません)|存在し(?:ない|ません|ておらず)|(?:ない|ありません))',
  'no (?:competing|comparable|rival|equivalent) (?:product|technology|method|process|system)s? (?:has|have|is|are) (?:yet )?(?:been )?(?:available|approved|commerciali[sz]ed|on the market)',
  // 非独占 / 非排他 / non-exclusive say the opposite.
  '(?<!非)独占',
  '(?<!非)排他',
  '専用実施',
  '価格(?:プレミアム|競争に巻き込まれ|決定力|設定力|支配力|優位)',
  'プレミアム価格',
  '高価格',
  // A price premium in plain words.
  '高い(?:価格|単価)',
  '(?:pay|pays|paid|paying) (?:more|a premium|higher prices?)',
  'command(?:s|ing)? (?:a )?(?:premium|higher prices?)',
  '値崩れ',
  '価格を維持',
  'スイッチングコスト',
  '乗り換え',
  'ロックイン',
  '囲い込',
  '標準化',
  '流出(?:を)?(?:防|抑)',
  '漏洩(?:を)?防',
  'ネットワーク効果',
  'データが(?:集ま|蓄積)',
  '継続(?:課金|収益)',
  'リカーリング',
  // …the Japanese business word for it (サポート及びクラウドによるストックビジネス, ストック型収益; v2.38, walk 65).
  'ストック(?:ビジネス|型(?:ビジネス|収益|モデル)?|収益|収入)',
  // …as a model, not as one more product line in what the company makes or stocks (消耗品の製造、販売を主たる業務とし,
  // 装置の保守サービス等の事業活動を展開, 消耗品を満載した店; v2.38, walk 60): the English side already asks for the model.
  `(?:消耗品|交換部品|保守サービス)${NOT_A_LISTED_LINE}`,
  '先行者',
  '先行優位',
  '他社(?:製品|品)と(?:の)?差別化',
  '差別化(?:要因|の源泉)',
  '代替(?:が|の)?(?:困難|効かない)',
  '競合(?:他社)?(?:が|に)(?:は)?(?:真似|模倣)',
  '牽制',
  // Keeping competitors out in other words.
  '(?:競合|他社)[^。]{0,25}(?:防止|防ぐ|防い|防げ|阻止|排除)',
  'barrier(?:s)? to entry',
  'entry barrier',
  '(?<!non-?)exclusiv',
  // …not the copies themselves ("imitation pharmaceuticals" are what enforcement goes after: an activity).
  'imitat(?!ion (?:products?|goods|pharmaceuticals|drugs|medicines|brands?|items)\\b)',
  'copy our',
  // One content IP sold through many media (メディアミックス, 他分野へ展開): how a character or title earns more than once.
  // What decides the customer's choice, said of the named thing (検査データの蓄積が採用の決め手, 権利確保が受注の条件,
  // "is the main reason customers pay our price", "is what wins us … accounts", "is where most of the profit comes from").
  '(?:採用|受注|選定|購入|取引|契約)(?:継続)?の(?:主な|主要な?)?(?:決め手|前提条件|条件|選定基準|基準)',
  '(?:main|key|chief|primary|biggest|single) reasons? (?:why )?(?:customers|clients|buyers|users|hospitals|patients|carmakers|doctors)',
  'is what (?:wins|keeps|brings|earns|lets|makes)',
  "is where (?:most of )?(?:the|our|its) [a-z'’ ]{0,30}(?:profits?|margins?|revenues?|earnings) comes? from",
  // No substitute, so customers pay what it is worth (類似商品が他にないので、高くても買う; 代わりになる製品がない).
  '(?:類似|同等|同様|代わりになる|代替(?:となる|できる)?)(?:の)?(?:商品|製品|品|装置|材料|サービス)(?:が|は)(?:他に|ほかに)?(?:ない|なく|存在し(?:ない|ません)|ありません|見当たら)',
  '高くても(?:買|購入|選|採用|使)',
  'メディアミックス',
  'クロスメディア',
  '(?:他分野|他媒体|多分野|複数の(?:メディア|媒体|分野)|さまざまなメディア|様々なメディア)(?:に|へ|で)(?:も)?展開',
  'ip(?:の)?(?:多面|マルチ)(?:的な?)?(?:展開|活用)',
  'media[- ]mix',
  'cross[- ]media',
  // …told with the verb: "expand as characters in various mediums such as games and anime" (v2.23).
  '(?:expand|extend|develop|grow|spread|take)(?:s|ed|ing)? [^.;]{0,40}\\b(?:in|into|across|to) (?:various|multiple|many|other|different|new) (?:media|mediums|formats)\\b',
  'multi-?(?:media|channel|platform|format) (?:development|expansion|exploitation|releases?|deployment)',
  // Owning the content or rights outright, so no licensor takes a share (完全な自社IPなので収益性は高く, 版権料が不要,
  // "wholly owned characters", "without paying royalties"; v2.23).
  '完全(?:な)?(?:自社|オリジナル)(?:の)?(?:ip|キャラクター|コンテンツ|タイトル)',
  '(?:版権|ライセンス|ロイヤリティ|ロイヤルティ)(?:料|元)(?:の|への)?(?:支払い?)?(?:が|は|も)?(?:不要|発生し(?:ない|ません)|かから(?:ない|ず))',
  '(?:版権元|ライセンサー|原作者|権利者)(?:への|に|と)(?:の)?(?:支払|分配|配分)[^。、]{0,6}(?:不要|ない|なく|ありません)',
  '(?:wholly|fully|100 ?%)[- ]owned (?:ip|intellectual property|characters?|franchises?|titles?|content)\\b',
  'without (?:paying |sharing )?(?:any )?(?:royalt(?:y|ies)|licen[cs]e fees?|revenue with (?:a |the )?licensors?)',
  'no (?:royalt(?:y|ies)|licen[cs]e fees?) (?:to pay|payable|are paid|is paid)',
  // English consumer businesses (v2.29, walks 32–39): customers who come to the company directly rather than through
  // intermediaries, and the reason for a turnaround or a success told after it ("the biggest reason for the turnaround
  // has been …").
  '(?:book|books|booked|booking) direct\\b',
  'direct (?:bookings?|channels?|traffic|relationships? with)',
  'come directly to (?:its|our|the)',
  '(?:without|bypass(?:es|ing)?|rather than through|instead of through) (?:paid (?:clicks|advertising|search)|intermediaries|middlemen|online travel (?:agencies|companies)|otas?\\b)',
  "the (?:biggest|main|key|chief|primary|single most important) reasons? for (?:the |our |its |the company's )?(?:turnaround|success|growth|rise|gains?|leadership|record)",
  'price premium',
  'premium pric',
  'pricing power',
  'switching cost',
  'lock-in',
  'locked in',
  'standardi[sz]',
  'leak(?:age|s)?\\b',
  'network effect',
  'recurring',
  // Consumables as a model (recurring sales of what the installed product uses), not a product category in a list
  // ("related consumables such as electrodes", v2.20).
  'consumables? (?:model|business model|revenue|sales|income)',
  '(?:recurring|repeat) (?:sales|revenue|orders) (?:of|from) (?:[a-z-]+ )?consumables',
  'first[- ]mover',
  'freedom to operate',
  // …told the Japanese way (v2.30, walk 42): rights taken in so the company (and its customers) may make and sell
  // everywhere — 「特許ライセンスの取得により全世界で正極材料の製造販売が可能となり」.
  'ライセンス[^。]{0,12}(?:取得|導入|供与を受け)[^。]{0,30}(?:製造|販売|実施|事業化)[^。]{0,12}(?:可能|でき)',
  '実施の自由',
  'prevent(?:s|ing)? competitors',
  'keep(?:s|ing)? competitors',
  'difficult (?:for competitors )?to (?:copy|replicate|imitate)',
  // Rights a rival cannot get round (v2.21: "very difficult to circumvent all of them", 回避が困難).
  '(?:difficult|hard|impossible) (?:for (?:competitors|rivals|others) )?to (?:circumvent|design around|work around|get around)',
  '(?:回避|迂回)(?:が|は|する(?:こと|の)は)?(?:困難|難し|できな)',
  // Mechanisms told in plain words (issue 18), by their form rather than a keyword. Each needs its anchor like any
  // advantage word. (1) The time or cost a rival would need to catch up.
  '(?:他社|競合|新規参入|参入する(?:会社|企業|者)|後発|新興|新規の?(?:会社|企業))[^。]{0,40}(?:\\d+年|数年|十年|数十年|何年|長い(?:年月|時間|期間)|年月|多額の(?:投資|費用))[^。]{0,20}(?:かかる|かかり|かかります|要する|要し|要します|必要)',
  '一朝一夕',
  '(?:簡単|容易)に(?:は)?(?:真似|まね|模倣|再現|追いつ|揃え|そろえ|集め|作れ)',
  '(?:真似|まね|再現)(?:が|は|を|の)?(?:でき(?:ない|ず|ません)|困難|難し)',
  '模倣(?:は|が|の)?でき(?:ない|ず|ません)',
  // A gap rivals cannot close, named by what it is in (工法・ノウハウに圧倒的な差があり, v2.22).
  '(?:性能|技術|品質|ノウハウ|工法|製法|精度|経験|実績)[^。]{0,12}(?:に|で|には)(?:圧倒的な|大きな|決定的な|埋めがたい|埋められない)差',
  // Rivals kept off in plain words (ほかの会社も手を出しづらい, v2.19).
  '手(?:を|が)?出し(?:づら|にく|難)(?:い|く)',
  '追いつ(?:け(?:ない|ず|ません)|くには)',
  '(?:competitors?|rivals?|newcomers?|new entrants?|entrants?|others|latecomers?)[^.;]{0,60}(?:years|decades?|a decade|long time|significant (?:time|investment))[^.;]{0,30}to (?:catch up|replicate|build|gather|match|reproduce|accumulate|assemble|collect)',
  '(?:would|will|could) (?:take|need|require) [^.;]{0,40}(?:many years|years|decades?|a decade)',
  "(?:cannot|can't|could not|unable to) (?:easily )?(?:copy|replicate|reproduce|match|reach|achieve|imitate)",
  '(?:hard|impossible) to (?:copy|replicate|reproduce|match|imitate|catch up)',
  // (2) Lock-in and compatibility: a part or consumable that fits only the company's product.
  '(?:当社|自社)(?:の)?[^。、]{0,12}(?:に|で)しか(?:使え|使用でき|取り付け|装着|接続|適合|合わ|動作)',
  'しか取り付けられない',
  '専用(?:の)?(?:交換)?(?:部品|カートリッジ|フィルター|消耗品|インク|トナー|刃|試薬|アタッチメント|ヘッド)',
  '純正(?:部品|消耗品|カートリッジ)',
  '交換(?:用)?(?:の)?(?:カートリッジ|フィルター|刃|パーツ|ヘッド)',
  '互換(?:性)?(?:品)?(?:が|は)?(?:ない|なく|作れ)',
  '(?:only|exclusively) (?:fits?|works? with|compatible with|accepts?)',
  '(?:accepts?|takes?|uses?) only (?:our|its)',
  'fits? no other',
  'compatible only with',
  'replacement (?:parts?|cartridges?|filters?|blades?|heads?|modules?)',
  'refills?\\b',
  'aftermarket',
  // (3) A service that keeps customers coming back.
  '繰り返し(?:発注|購入|注文|利用|来店|依頼)',
  'リピート',
  // Regulars who come back (常連のお客様が毎週来店, v2.26).
  '常連(?:客|の(?:お客様|お客さま|顧客|利用者))',
  // …in English only the plural noun ("our regulars"): "regular" is mostly an adjective.
  '\\bregulars\\b',
  '(?:定期的|継続的)(?:な|に)(?:発注|購入|注文|交換|契約|取引|利用)',
  '(?:注文|発注|購入|契約)が続',
  `(?:保守|メンテナンス)(?:契約|サービス)${NOT_A_LISTED_LINE}`,
  '再研磨',
  '研ぎ直',
  '(?:解約|継続|更新)率',
  '(?:keep|keeps|kept|keeping) (?:coming back|returning|buying|ordering)',
  'come back to us',
  'repeat (?:orders?|purchases?|business|customers)',
  '(?:service|maintenance) contracts?',
  'subscriptions?\\b',
  '(?:churn|retention) rate',
  'resharpen|regrind|refurbish',
  // (4) A process kept secret, so that copies cannot reach the same quality.
  '(?:特許|権利)(?:として|を)?(?:出願|公開|開示)(?:せず|しない|していない|しません)',
  '(?:社外|外部)に(?:は)?(?:出さ|開示せ|公開せ|出し)(?:ず|ない)',
  '門外不出',
  '社外秘',
  '限られた(?:技術者|社員|従業員|担当者)(?:だけ|のみ)',
  '(?:同じ|同等の|同様の)(?:品質|強度|性能|精度|純度|歩留まり|風味|耐久性)[^。]{0,12}(?:出せ|作れ|実現でき|再現でき|得られ)(?:ない|ず)',
  // …but "not patent eligible" is a court's finding about someone's patents, not a choice to keep a secret.
  "(?:never|do not|don't|does not|not) (?:publish|disclose|patent|file)(?:ed)?\\b(?![- ]eligib)",
  'kept (?:in-house|secret|confidential)',
  '(?:the )?(?:same|comparable|equal) (?:quality|strength|fatigue strength|purity|precision|yield|performance|durability)',
  // (5) Switching cost.
  '(?:切り替え|切替|乗り換|置き換え)(?:る|に)?[^。]{0,15}(?:コスト|費用|手間|時間|再(?:認定|評価|設計|検証|承認))',
  '再(?:認定|認証|評価|承認|設計)(?:が|を)?(?:必要|要|かかる)',
  '(?:切り|取り|入れ)?替え(?:る|に)(?:には|と|場合)[^。]{0,30}(?:必要|かかる|要する|要し|要ります)',
  '再バリデーション|再検証|変更手続',
  // Kept as a trade secret instead of rights (取得せず企業秘密として保護, 開示しない方針).
  '(?:取得|出願|権利化|特許化)(?:は)?(?:せず|しない|しません)',
  '企業秘密として(?:保護|管理|守)',
  '(?:特許|権利)(?:は|を)?(?:あえて)?(?:取らず|取らない|出願せず|出願しない)',
  '(?:社外|外部)に(?:は)?出して(?:い)?(?:ない|ません)',
  '(?:外|外部|社外)から(?:は)?見え(?:ない|ません)',
  '文書化して(?:い)?(?:ない|ません)|文書にしていない',
  '限られた[^。]{0,8}(?:だけ|のみ)(?:が|で)',
  '(?:当社|自社|弊社)(?:だけ|のみ)(?:が|で)',
  // Locked in by a specification, a recommendation or a standing the customer cannot easily undo.
  '(?:推奨|標準|指定)(?:材料|仕様|検査法|品|部材)?(?:に|として)(?:登録|採用|指定)',
  '(?:仕様書|図面|工程仕様|承認書)に[^。]{0,10}(?:書き込|記載さ|入)',
  '再(?:承認|試験|バリデーション)',
  '作り直す必要',
  '優先(?:供給|調達|販売)(?:契約)?',
  '(?:学習履歴|記録|データ|設定)[^。]{0,10}(?:そのまま)?引き継',
  '(?:開示|公開)(?:し|せ)(?:ない方針|ず)',
  '一度(?:採用|導入|認定|組み込)',
  'switch(?:ing)? (?:away|suppliers?|to (?:another|a competitor|other))',
  're-?qualif',
  're-?certif',
  'once (?:designed|qualified|specified|adopted|installed|approved) (?:in|into)',
  'design[- ]in',
  'change suppliers',
  'costly to (?:switch|replace|change)',
  // (6) Only the company can: without its asset the product cannot be made (菌株がなければ作れず, 当社にしかできない).
  '(?:当社|自社|弊社|うち|私ども|我々)(?:に|で)?しか(?:でき|作れ|提供でき|出せ|供給でき|知ら)',
  '(?:が|を)?なければ(?:同じ[^。]{0,10})?(?:作れ|でき|出せ|再現でき|実現でき)(?:ない|ず|ません)',
  'ないと同じ[^。]{0,10}(?:が|は)?(?:出せ|作れ|でき)',
  '(?:誰|他社|どこ)(?:に|で)?も(?:真似|まね|再現|模倣)',
  '(?:読み取れ|分析でき|解析でき)(?:ない|ず|ません)',
  '(?:only we|only our|nobody else|no one else|no other (?:company|supplier|maker))\\b',
  '(?:no one|nobody|no competitor|no rival|no other [a-z]+) (?:can|could) (?:match|copy|make|replicate|offer)',
  '(?:no competitor|no rival|no other (?:company|supplier|maker|brand)) (?:has|holds|offers|owns)',
  "(?:cannot|can't|could not) be (?:analy[sz]ed|copied|reverse[- ]engineered|replicated|reproduced)",
  'never (?:sold|shared|licen[cs]ed|published|disclosed)',
  'rather than (?:buying|sourcing|chasing|selling)',
  'rarely (?:move|switch|change|re-?test|leave|re-?tender)',
  // Switching told in the customer's plain words (v2.30, walks 37 and 41): "harder to go back to what they were
  // using before", "void the moment a customer switches providers", "the practical cost of changing".
  '(?:harder|hard|difficult|costly|painful) to (?:go back|switch|leave|change (?:providers?|suppliers?|brands?))',
  'go(?:ing)? back to what (?:they|customers|consumers|users) (?:were|had been) using',
  'switch(?:es|ed)? (?:providers?|vendors?|brands?|carriers?|banks?|suppliers?)\\b',
  '(?:practical |real |high )?(?:cost|costs|hassle|pain) of (?:changing|switching|leaving)\\b',
  '(?:re-?creating|rebuilding|migrating|moving|exporting) [^.;]{0,50}(?:takes|would take|costs)',
  '(?:open|public) (?:specification|standard|format|api)s?\\b',
  'keep(?:s|ing)? [a-z -]{0,30} in-house',
  // (7) Customers cannot or would rather not switch (調達先を変えられず, 使い続け, "stay with").
  '(?:調達先|仕入れ?先|購入先|取引先|製造所|委託先|サプライヤー|供給元|メーカー)を(?:変え|変更し|切り替え|替え)(?:られ(?:ず|ない|ません)|るには|ることができ(?:ず|ない)|ると)',
  '他(?:社)?から(?:仕入れ|購入|調達)(?:ることが|することが)?でき(?:ず|ない|ません)',
  '(?:切り?替え|乗り換え|変更)(?:が|は)?(?:起き|起こり|し|され)?(?:にく|難し)',
  '使(?:い|われ)続け',
  '取り直す必要',
  '(?:変える|変更する|切り替える)と[^。]{0,15}(?:必要|要る|かかる|やり直)',
  '(?:離れ|解約さ)(?:ません|ない|なかった|ませんでした|ず)',
  '(?:stay|stays|stayed) with (?:us|our|the)',
  '(?:keep|keeps) (?:using|buying from|ordering from) (?:us|our)',
  'nobody wants to',
  'without (?:a )?(?:re-?fitting|re-?validation|re-?training|re-?qualification)',
  // (8) Exclusive by contract or made for one product (契約で当社専用, 専用工具でしか).
  '契約(?:で|により|上)[^。]{0,20}(?:専用|独占|制限|限定)',
  '当社(?:向け)?専用',
  'でしか(?:取り付け|使え|装着|動か|読め|接続でき)',
  '(?:never|not) (?:been )?licen[cs]ed (?:it|them|out)',
  // (9) A head start measured in time (2年の時間差, 後発品が出るまで, 集めるには…年).
  '(?:\\d+|数|十)年(?:以上)?(?:の)?(?:時間差|先行|リード)',
  '後発(?:品|薬|メーカー)?が(?:出る|参入する)まで',
  '(?:集める|揃える|作る|追いつく)には[^。]{0,15}(?:\\d+|数|十)年',
  '(?:took|takes) us (?:\\w+ )?(?:years|decades?)',
  '(?:still )?(?:have|has|need) to (?:run|build|repeat|redo|gather) their own',
  // (10) The more it is used, the better it gets (増えるほど, "improves with every").
  '(?:増える|集まる|使う|使われる|長い|多い|重ねる|蓄積される|広がる|書き込む)[^。、]{0,8}ほど',
  '(?:improves?|gets? better|gets? smarter|learns?) (?:with|from) (?:every|each)',
  'the (?:more|longer) [a-z]+ [^.;]{0,60}, the (?:more|better|smarter|faster|lower|fewer|harder|less)',
  'makes? (?:the|our) [a-z -]{0,30}more (?:useful|valuable|accurate)',
  // (11) Locked in once designed in, certified or listed (採用されれば…供給が続く, 認証条件).
  '(?:採用|認定|認証|承認|登録)(?:さ|を受け)れ(?:れば|ると)[^。]{0,30}(?:続|変わら|使われ)',
  '(?:認証|承認|採用|入札)(?:の)?(?:条件|要件)',
  '前提とした(?:条件|設計|仕様)',
  'once (?:an? [a-z-]+ is |it is |they are )?(?:in|on) (?:their|the|an?) [a-z -]{0,25}(?:list|database|specification|dossier|standard)',
  'specified (?:by name )?in',
  'ties? (?:the|our) [a-z -]{0,20} to (?:the|their)',
  // (12) A price held or raised without losing customers (値上げをしても離れ, 特売をしなくても).
  '(?:値上げ|価格差)[^。]{0,20}(?:あっても|しても)',
  '(?:値引き|特売|安売り|値下げ)(?:販売)?(?:を|は)?(?:一切)?(?:し|せ|行わ)(?:なくても|ずに|ない)',
  '(?:値下げ|価格)競争(?:に巻き込まれ|を避け|から抜け|と(?:は)?無縁)',
  '(?:下げ|落とさ)ずに',
  'at (?:full|list) price',
  'premium over',
  'charge [^.;]{0,25}more than',
  'accepted (?:two|three|several|\\d+) price (?:rises|increases)',
  // (13) A qualification, certification or skill that takes years to obtain (認定の取得に5〜7年を要する,
  // 習得には10年程度を要する, "certification of a new design requires several years of testing").
  '(?:認定|認証|承認|許可|許認可|習得|検証|審査|試験|評価|資格|実績)[^。、]{0,6}(?:に|には|まで(?:に)?(?:は)?)[^。]{0,15}(?:\\d+|数|十|一)[^。]{0,5}(?:年|か月|ヶ月|カ月)[^。]{0,8}(?:を要|かか|必要)',
  '(?:得る|取得する|習得する|揃える|構築する|確立する|蓄積する|整える)(?:に|ため)(?:は|に)[^。]{0,15}(?:\\d+|数|十)[^。]{0,5}(?:年|か月|ヶ月|カ月)',
  '(?:certification|approval|qualification|testing|validation|accreditation|re-?testing|reliability testing)[^.;]{0,60}(?:requires?|required|takes?|took|lasting|lasts|lasted|needs?) (?:approximately |about |around |roughly |several |many |a few |over |more than |up to )?(?:\\d+ )?(?:years|months)',
  '(?:take|takes|took|require|requires) (?:many |several )?years to (?:establish|build|obtain|develop|accumulate|qualify)',
  // (14) Others cannot have it: rivals cannot source, make or match it; suppliers that meet it are few (他社が調達する
  // ことはできず, 同等品の量産は見込み難い, 満たす事業者が限られ, "competitors cannot produce", "the only fluid approved").
  '他社[^。]{0,30}(?:でき(?:ず|ない|ません)|困難|見込み難|用意し得|得ない|難しい)',
  '(?:事業者|供給者|メーカー|会社|企業|サプライヤー|業者|店|ところ)(?:は|が)[^。、]{0,12}(?:限られ|数社しか|当社のみ|当社だけ|ほかに(?:な|あり)|他に(?:な|あり))',
  '(?:出せる|作れる|提供できる|供給できる|満たせる|対応できる)[^。、]{0,6}(?:店|会社|企業|事業者|メーカー|ところ|者)(?:が|は)(?:ない|なく|ありません|限られ)',
  '(?:当社|自社|弊社)(?:品|製品|材料|製)?に限られ',
  "(?:competitors?|competing [a-z]+s|rivals?|other (?:makers|suppliers|retailers|companies|providers)) (?:cannot|can't|could not|are unable to|have been unable to)",
  'the only [a-z -]{0,30}(?:approved|certified|qualified|validated|permitted|listed|accredited)',
  'cannot be (?:purchased|bought|obtained|sourced) (?:on the open market|elsewhere|from)',
  // (15) What customers built cannot move with them (他社製品へ移すための変換ツールが存在しない, 途中で他塾へ移ると同記録を
  // 活用できない, 切り替えると蓄積が失われ, "cannot be transferred to rival titles", "cannot be exported").
  '(?:他社|他|別)[^。]{0,8}(?:へ|に)(?:移る|移す|移行|切り替え|乗り換え|変え)[^。]{0,30}(?:でき(?:ない|ず|ません)|失われ|戻る|存在しな|要し|要する|必要)',
  '一から(?:やり直|作り直|設定し直|揃え直|調整し直)',
  '(?:蓄積|履歴|記録|設定|ノウハウ)[^。、]{0,6}(?:が|は)?失われ',
  '(?:仕入先|調達先|供給元|取引先|サプライヤー|購入先)を変更する(?:と|には|場合)',
  '(?:置換え|置き換え|置換|切替え|切り替え|乗換え|乗り換え)(?:は|が)?[^。、]{0,6}困難',
  '(?:切替え|切り替え|乗り換え|変更|置換え)に(?:は)?(?:慎重|消極)',
  'cannot be (?:transferred|exported|moved|ported|migrated|carried over)',
  "(?:validated|certified|approved|qualified|optimi[sz]ed|calibrated|tuned) (?:only )?for (?:our|its|the company's) own",
  'would (?:otherwise )?(?:have to|need to|require)[^.;]{0,50}(?:rebuild|replac|repeat|redo|re-?test|re-?validat|re-?qualif)',
  'change of (?:suppliers?|vendors?|providers?)',
  'without voiding',
  // (16) Kept to the company (当社内でのみ保管, 専属の約束, 優先的に配分を受ける取決め, "shared only with", "neither sold nor disclosed").
  '(?:社内|当社内|自社内|工房内)(?:で|に)(?:のみ|だけ)',
  '専属(?:の)?(?:契約|約束|取引|供給)',
  '優先的(?:に|な)[^。、]{0,6}(?:配分|供給|調達|受け)',
  '(?:ほか|他)の(?:店|会社|社|メーカー)に(?:は)?(?:出|卸|売|提供し)(?:ません|ない|さない|していない)',
  '(?:shared|known|disclosed|available) only (?:to|with|within)',
  'neither sold [a-z ]{0,25}nor (?:disclosed|licen[cs]ed|published)',
  '(?:know-how|expertise|recipes?|methods?|processes?|techniques?) (?:retained|kept|held) in-house',
  // (17) Rights or position that keep followers out or late (特許群によって同一構造の製品が排除, 参入時期を後ろ倒し,
  // "difficult for followers to enter").
  '(?:特許|権利|意匠|商標)[^。]{0,40}(?:排除|締め出|参入(?:時期)?を(?:後ろ倒し|遅ら|阻))',
  '参入(?:時期)?を(?:後ろ倒し|遅らせ)',
  'difficult for (?:followers|competitors|rivals|others|new entrants|generics?|latecomers) to (?:enter|follow|compete|catch up)',
  '(?:patents?|rights)[^.;]{0,40}(?:exclude|block|bar|keep out)(?:s|ed|ing)? (?:competitors|rivals|others|copies|generics)',
  // (18) Built into the customer's rules or design (運用規程が当社システムを前提として作成, 取付寸法を前提とした機体設計,
  // 標準仕様とされ, "incorporated into customers' specifications", "tied to our equipment").
  '(?:当社|自社|弊社)[^。]{0,25}を前提(?:と|に)(?:した|して|する|され|作成|設計)',
  '標準仕様(?:と|に)(?:され|なっ|して|採用)',
  '(?:当社|自社)(?:品|製品)?を指定',
  "incorporated into [a-z' ]{0,20}specifications?",
  "(?:are|is) tied to (?:our|its|the company's)",
  // (19) A price kept above others' (価格差を保った, 値引きに依存しない, 同等の価格設定であっても, 汎用品の約4倍, "priced 30 % above").
  '価格差を(?:保|維持)',
  '値引き(?:に|へ)?(?:依存|頼ら)(?:し)?(?:ない|ず)',
  '(?:価格設定|価格水準|価格)[^。]{0,6}(?:であっても|でも)[^。]{0,20}(?:維持|続|変わら)',
  '(?:単価|価格|料率|手数料率)[^。]{0,25}(?:他社|業界平均|汎用|同等品|競合)[^。]{0,20}(?:上回|高く|倍)',
  '(?:price|prices|priced|fees?) [^.;]{0,40}(?:above|higher than) (?:those of )?(?:competing|competitors|rival|comparable|other|general)',
  'premium of (?:about |approximately |around )?\\d',
  '(?:sustain|maintain|hold|support)(?:s|ed|ing)? (?:higher|premium) (?:fees|prices|margins|pricing)',
  'prices? to hold',
  // (20) The only source: customers can get it only from the company ("can only get the insert … from us").
  'can only (?:get|buy|source|obtain|order|renew) [^.;]{0,60}from (?:us|the company)\\b',
  '(?:only|exclusively) (?:available )?from (?:us|the company)\\b',
  // (21) What a rival would have to do first ("a new vendor could only match it after a similar volume of work",
  // "a rival logger would need its own acceptance"), and others that cannot have it.
  '(?:a |any |the )?(?:new|rival|competing|another|other|second) (?:[a-z-]+ )?(?:vendors?|suppliers?|entrants?|providers?|makers?|brands?|loggers?|firms?|companies) (?:could|would|can|will) (?:only|need|have to|first have to|require)[^.;]{0,50}(?:match|catch up|replicate|copy|its own|their own|acceptance|approval|certif|qualif|years|after)',
  '(?:keeps?|kept|stops?|prevents?) (?:copies|copycats|imitators|clones|look-alikes|rivals|competitors) from (?:matching|reaching|copying|making|selling)',
  // (22) Switching: moving means redoing what the customer built ("moving to another vendor means rebuilding …").
  '(?:moving|switching|changing|migrating) (?:to|away to) (?:another|a rival|a different|a competing|other) [a-z -]{0,20}(?:means|would mean|requires|would require|involves)',
  // (23) Each use or user makes it better or gives one more reason to stay ("each app added gives shops one more reason
  // to keep our terminals", "every paddy measured with our probes improves the model").
  '(?:each|every) (?:new |additional |extra )?[a-z]+(?: [a-z]+)? (?:added|measured|connected|installed|sold|processed|run|joining|that joins|we add)\\b[^.;]{0,60}(?:improves|sharpens|enriches|strengthens)',
  '(?:each|every) (?:new |additional |extra )?[a-z]+ adds (?:[a-z]+ )?(?:[a-z]+ )?(?:data|reasons?|value|records?)',
  'one more reason to (?:keep|stay|use|buy|choose)',
  // (24) Habit: people trained on it stay with it or ask for it ("rarely take on a second brand", "ask for it when they join").
  'rarely (?:take on|add|carry|stock|try|adopt) (?:a second|another|a rival|a competing|other)',
  '(?:ask|asks|asked) for (?:it|them|our [a-z-]+) (?:when|once|after) they (?:join|move|start|arrive)',
  // (25) Japanese in plain words: only a few people know it, copies do not come out the same, it cannot be written
  // down, customers who try others come back, no one else can make the same, what rivals are left with.
  'しか知(?:ら(?:ない|ず|れていない|ん)|りません)',
  '(?:真似|まね|模倣|コピー)(?:を)?しても[^。]{0,20}(?:ならない|なりません|ならず|出せない|出ない|できない|作れない)',
  '(?:図面|手順書|マニュアル|文書|言葉|数字)(?:に|で)(?:も|は)?[^。]{0,12}(?:書け|表せ|残せ|書き表せ)(?:ない|ず|ません)',
  '(?:よそ|他社|他所|ほか|他)[^。、]{0,10}(?:試|使っ|移っ|浮気し)(?:し)?ても[^。]{0,24}(?:戻って|戻る|帰って)',
  '(?:出せる|作れる|できる|提供できる|供給できる)[^。、]{0,6}(?:工房|工場|業者|職人|産地)(?:が|は)(?:他に|ほかに)?(?:ない|なく|ありません|限られ)',
  '(?:他社|競合)[^。]{0,60}しか(?:ありません|ない|なく)',
  // Being able to stop look-alikes (似た柄の商品を止められる) is exclusivity; having stopped some is enforcement (activity).
  '(?:似た|類似の?|同じ形の|そっくりな?)[^。、]{0,12}(?:を)?(?:止められ|差し止められ|排除でき|締め出せ)',
  // (26) Built-in: more units must use the same base, orders keep coming, bought again every season.
  '(?:増設|追加|買い増し)(?:する|した|分の)?[^。、]{0,15}(?:も)?(?:同じ|当社の)[^。、]{0,10}(?:を使う|が必要|に合わせ|でなければ)',
  '前提に[^。、]{0,10}ほど',
  // (Renewing the company's own registrations every year is administration: no 更新 here.)
  '継続(?:して|的に)(?:受注|採用)',
  '毎(?:年|期|シーズン)[^。、]{0,6}(?:購入|買い直|買い替え|発注)',
  '(?:データ|条件|配合|レシピ|ノウハウ|製法|波形|パラメータ|設計値)[^。、]{0,4}(?:は|を)?(?:非開示|非公開)',
];
export const MECHANISM = re(MECHANISM_PARTS, 'gu');
/**
 * The alternatives that are written in Japanese only (no Latin letter outside an escape): a sentence with no Latin
 * letter cannot match the others, so it is searched with this much shorter expression (the same matches, faster).
 */
export const MECHANISM_JA = re(japaneseOnly(MECHANISM_PARTS), 'gu');

/**
 * Mechanisms that name their own instrument — licensing and royalties, standards, secrecy instead of filing, an
 * open side, a chosen mix of rights, income from the rights: the phrase says what the company does with which
 * rights, so it is no empty vocabulary even when no product is named (the rubric's "a mechanism without any
 * business": half credit, as before).
 */
export const INSTRUMENT_MECHANISM = re(
  [
    '標準規格',
    'デファクト',
    '標準必須',
    'ライセンス(?:収入|料|供与|アウト|契約|許諾)',
    // A royalty per unit (1台あたり0.8円の実施料) and the open side told in plain words (方法自体は誰でも使えるようにしつつ).
    '(?<!(?:支払|払)[^。、]{0,10})実施料',
    '誰でも(?:無償で)?(?:使え|利用でき|使用でき)',
    // Licensing out, told with the verb (ノウハウとシステムをセットでライセンスする); taking a licence in is a cost
    // (他社からライセンスを受け / ライセンスしてもらう), never this.
    '(?<!(?:から|より)[^。、]{0,24})ライセンス(?:し(?!て(?:もら|いただ))|する|できる)',
    'クロスライセンス',
    'ロイヤ(?:リ|ル)ティ',
    'ライセンシー',
    'ライセンス(?:ビジネス|事業|プログラム)',
    'パテントプール',
    '秘匿(?:化|し|する|すべき|とし)',
    'ブラックボックス',
    'オープン(?:・|&|と|/)?クローズ',
    'オープン化',
    'クローズ化',
    '権利化せず',
    '特許化せず',
    'ノウハウとして',
    '実施許諾',
    '共同開発の成果を独占',
    // The open side of an open/close choice.
    '無償(?:で)?(?:開放|公開|提供|ライセンス|許諾)',
    '(?:特許|技術|知財)(?:を|の)(?:無償)?(?:開放|オープン化)',
    'standard[- ]essential',
    'de facto standard',
    'licens(?:ing|e) (?:income|revenue|fees?|out)',
    'royalt',
    'cross-licens',
    'licensing (?:program|business|model|agreements?|partners?)',
    'licensees?\\b',
    // Others licensed under the company's rights, told in the passive ("20 producers are licensed under our patents").
    '(?:are|were|is|been) licensed under',
    'license partners?',
    'licen[cs]e[sd]? (?:our|its|the|them|it)\\b',
    'patent pool',
    'frand',
    'safeguard(?:s|ed|ing)?,? as (?:expertise|know-how)',
    '(?:protect|protection of|safeguard) (?:our |its )?(?:expertise|know-how)',
    'confidential(?:ity)? (?:of|to protect)',
    'difficult to (?:distinguish|reverse[- ]engineer)',
    '(?:keep|kept|keeping|protect(?:ed)?) (?:[a-z-]+ ){0,4}as (?:a )?trade secrets?',
    'kept (?:as|in) (?:secret|know-how)',
    'rather than (?:patent|fil)',
    'black box',
    'open and clos',
    'open/clos',
    // Earning from the rights themselves (IP income, monetisation), in other words than "licensing income".
    '(?:income|revenues?|returns?) (?:from|through|generated by|generated through) (?:its |our |the )?(?:[a-z-]+ ){0,2}(?:intellectual property|ip\\b|patents?|licens)',
    '(?:ip|patent) (?:income|revenues?|moneti[sz]ation)',
    'moneti[sz](?:e|es|ed|ing|ation)',
    '知財収入',
    '特許収入',
    '(?:知的財産|知財|特許)(?:の|を)?収益化',
    'open[- ]source',
    'freely available',
    'not (?:to )?(?:initiate|bring|file|assert|enforce) (?:any )?(?:patent )?(?:lawsuits|suits|claims|patents)',
    'grant(?:s|ing)? (?:of )?(?:a |non-exclusive |exclusive )?licen[cs]es',
    '権利行使(?:を)?(?:し|行わ)ない',
    'royalty[- ]free',
    'patent pledge',
    'non-assert',
    'open (?:up )?(?:our|its|the(?:se)?) patents',
    // A chosen mix of kinds of rights (patent + design + trademark, patent + know-how) is a choice of mechanism.
    '知財ミックス',
    '(?:特許|意匠|商標|ノウハウ|営業秘密)権?(?:[・、とや](?:特許|意匠|商標|ノウハウ|営業秘密)権?)+(?:等|など)?を組み合わせ',
    '\\bip mix',
    'combin(?:e|es|ed|ing) (?:patents?|trademarks?|designs?|design rights|trade secrets?|know-how)(?:,? (?:and |or )?(?:patents?|trademarks?|designs?|design rights|trade secrets?|know-how))+',
    '技術ライセンス',
    'technology licensing',
  ],
  'gu',
);
/** Advantage words that count as a mechanism only with a named asset or business in the same sentence. */
export const WEAK_MECHANISM = re(
  [
    '差別化',
    '競争優位',
    '優位性',
    '強み',
    '独自性',
    'competitive advantage',
    'differentiat',
    'competitive edge',
    // A cost advantage is an advantage like any other: it needs the named format, plant or know-how beside it (v2.23).
    'コスト(?:面で(?:の)?)?(?:優位|競争力|アドバンテージ)',
    'cost (?:advantage|leadership|edge)',
    // Managers who own part of what they run (a stake in the restaurant's profit) stay and push it: an advantage of how
    // the business is organised, which needs the named business beside it (v2.29).
    'stake in (?:the )?(?:success|profits?|performance|results)',
    'profit[- ]shar(?:e|es|ing)',
    // Running at low cost is how a format undercuts rivals (ローコストオペレーション); it too needs the named thing.
    'ローコスト(?:オペレーション|運営|経営)',
    'low[- ]cost operat',
    // …not a unique serial number, code or identifier on a label.
    'unique(?! (?:serial|id\\b|identifier|code|number|key|qr|barcode|url|login|password))',
    // Protecting a named product or technology with rights is exclusivity; it needs the named thing beside it.
    '(?:権利|特許権?|商標権?|意匠権?|知的財産権?)(?:で|により|によって|として)(?:保護|守|カバー|押さえ)',
    '(?:protected|covered) by (?:our |its )?(?:patents?|trademarks?|design rights|intellectual property)',
    'patent-protected',
  ],
  'gu',
);

/** What customers get. */
const CUSTOMER_VALUE_PARTS: readonly string[] = wordStart([
  '顧客(?:価値|の課題|課題|の(?:生産性|コスト|安全|利便)|満足)',
  'お客様(?:の課題|に(?:とって|提供)|価値)',
  '提供価値',
  '(?:顧客|お客様)(?:が|は)',
  '省エネ',
  '低コスト化',
  '(?:高|長)寿命',
  '生産性(?:向上|を高)',
  '歩留まり',
  '安全性(?:を高|向上)',
  '利便性',
  // 社会課題の解決 is the guideline's and SDGs' vocabulary, not what a customer gets.
  '(?:顧客|お客様|お客さま|患者|ユーザー)(?:の|が抱える)?(?:課題|問題|ニーズ)(?:の|を)?解決',
  'customer value',
  'customers? (?:get|gain|benefit|save|can|value)',
  'for (?:our )?customers',
  'customer needs',
  "customers' ",
  'lower cost for',
  'energy saving',
  'productivity',
  'yield (?:rate|improvement|loss)',
  'higher yields?',
  "solv(?:e|es|ing) (?:(?:our |their )?customers'?|their|users'?|patients'?) (?:problems|challenges|issues|needs)",
  // What the customer gets, in plain words (issue 18): the reason they buy, what it saves them, what they can do.
  'にとって(?:の)?(?:価値|メリット|利点|便益)',
  '(?:購入|採用|導入|指名|来店|選定|発注)(?:の)?(?:理由|決め手|きっかけ)',
  '選ばれる理由',
  '評価(?:され|して)(?:て)?(?:導入|採用|購入|選ば|指名)',
  '指名(?:買い|で(?:発注|購入)|され)',
  '(?:停止|廃棄|損失|ロス|手間|失敗|待ち時間|ダウンタイム|再作業|手戻り|負担|不良|クレーム|ミス|回数|工数|作業)[^。]{0,10}(?:減ら|減り|減少|削減|少な|抑え|なくな|軽減|省け|省く|省ける)',
  '(?:使い回せ|省ける|しにくく|しにくさ|迷わず|すぐに使え|一つで済|だけで済)',
  '(?:期間|時間|工数|リードタイム)(?:を|が)?[^。]{0,8}(?:短縮|短くな|半分)',
  '精度(?:が|を)(?:上が|高ま|高め)',
  // Warning the customer before it happens (故障の予兆を知らせる, 交換時期の予測, "flag worn rollers weeks ahead", v2.19).
  // …told as what the customer gets, not as the name of a model or system (故障予知モデル is the asset).
  '(?:故障|異常|不具合|劣化|摩耗|交換時期|補修時期)(?:の)?(?:予兆|予知|予測)(?=[をにがはで、])',
  '予兆を(?:知らせ|検知|捉え|通知)',
  '(?:予測|判定|診断|検出|予報)が(?:正確|早く|速く)に?な',
  '(?:days|weeks|months) (?:ahead|in advance|before (?:it|they) (?:fail|break))',
  'early warnings?',
  '見つかりやすく',
  '(?:味|品質|色|仕上がり)が(?:ぶれ|ばらつか|変わら)(?:ず|ない)',
  // The customer's own sales or profit (美容室の増収・増益に貢献, "helps salons grow their sales"), not the company's or a
  // segment's (当社の増収, ゲーム事業の増益に寄与 are financial lines; v2.23).
  '(?<!社|グループ|事業|部門|セグメント|分野|当行|弊行)の(?:増収|増益|売上(?:向上|拡大|増加)|収益(?:向上|改善|拡大))(?:・(?:増収|増益))?に(?:貢献|寄与)',
  'help(?:s|ing)? (?:our )?(?:customers|clients|salons|retailers|stores|dealers|partners|merchants|sellers|farmers|restaurants|hotels|franchisees) (?:to )?(?:grow|increase|raise|boost|improve) (?:their )?(?:sales|revenues?|profits?|margins?|business)',
  // Good things cheaper for the customer (安価で良質な商品, 良い物をより安く, "fresh food at affordable prices").
  '(?:安価|低価格|手頃な価格|お手頃価格|安い価格)で[^。、]{0,6}(?:良質|高品質|おいしい|美味しい|良い|質の高い)',
  '良い(?:物|もの)を(?:より)?安く',
  '(?:おいしい|美味しい|良質な|高品質な|質の高い)[^。]{0,12}を、?(?:より)?(?:安価|低価格|手頃な価格|お手頃価格|安い価格)で',
  '(?:high[- ]quality|fresh|great|wholesome) [a-z ]{0,25}at (?:low|affordable|reasonable|everyday low|lower) prices',
  // What guests, members or shoppers are given (v2.29): "offer higher quality, more consistent food and service to our
  // guests", "members can book rooms at a discount".
  '(?:higher|better|fresher|faster|lower|more consistent|more reliable|more personal)[^.;]{0,50} to (?:our |its )?(?:guests|customers|members|shoppers|diners|clients|patients|travell?ers|players)\\b',
  '(?:guests|diners|shoppers|members|travell?ers|patients|players) (?:can|get|enjoy|save|receive|earn|see) ',
  // What a customer group gets, in its own words ("The builder benefits from a confidential discount").
  '(?:builders?|tradespeople|contractors|installers|salons|farmers|growers|merchants|sellers|franchisees|retailers|dealers|members|guests|shoppers|diners|patients) (?:benefits?|gains?) from',
  '(?:is|are) why (?:they|customers|buyers|users|clients|[a-z]+s) (?:buy|choose|pick|stay|stock|return|keep|come|order|reorder)',
  'savings?\\b',
  "reduc(?:e|es|ed|ing) (?:their|customers'?|users'?|clients'?) ",
  '(?:customers|buyers|users|clients|farmers|surgeons|members|pharmacies|clinics|patients|growers|retailers|parents|hospitals|labs|laboratories) (?:can|get|avoid|save|see|trust|cite|tell us|no longer)',
  "(?:can't|cannot|can not) (?:buy|get) (?:it |them )?elsewhere",
  'without (?:a |any )?(?:fitting|re-?validation|downtime|re-?training)',
  '\\bfewer [a-z]+',
  'less (?:waiting|time|downtime|waste|rework)',
  'in half the time',
  'lasts? (?:[a-z]+ times )?longer',
  '(?:cut|cuts|reduced|reduces|reduce) [a-z ]{0,25} by (?:a |half|\\d)',
  // What the customer saves or gains in their own operation (短納期, 燃料消費の削減, 機会の喪失が少ない,
  // "shorten the lead time", "bearing life is extended").
  '短納期',
  // …or keeps running while the work is done: no shutdown, no demolition (操業や営業を止めることなく, 解体工事が不要;
  // v2.39, walk 66).
  '(?:操業|営業|生産|運転|稼働|業務|診療|発電|通行|交通)を止め(?:ることなく|ずに|ないで)',
  '(?:解体|撤去|取り壊し|打ち?替え|掘削|建て替え|移転)(?:工事)?(?:が|は|も)?不要',
  '(?:燃料|燃費|電力|電気代|エネルギー|農薬|薬剤|原料|材料)(?:の)?(?:消費|使用量|使用|コスト|費用)?[^。]{0,8}(?:削減|低減|減ら|節約|抑え)',
  // …the room, weight or noise the work takes (設置スペースを縮小できる, 重量を3割軽減; v2.40, walk 70).
  '(?:設置)?(?:スペース|面積|場所|重量|騒音|振動|工期|作業時間)(?:を|が)[^。、]{0,6}(?:縮小|削減|低減|軽減|減ら|小さく|短く|軽く)',
  '(?:損失|喪失|ロス|機会損失)(?:が|は)?(?:少な|小さ|抑え)',
  'shorten(?:s|ed|ing)? (?:the |their )?(?:average )?(?:lead|delivery|turnaround|waiting) times?',
  '(?:service )?life (?:is |was )?(?:extended|doubled|tripled)',
  // What customers do because they get something (v2.10): they keep choosing, naming, re-buying or renewing it.
  // A rate of that choice is the customer's verdict, whatever the product.
  '(?:指名|再購入|継続(?:利用|購入|採用|受注|契約)?|(?:採用)?決定|採用|リピート|更新|買い?替え時の[^。]{0,8})率',
  '選ばれ続け|選び続け|採用され続け|使い続け|買い続け',
  '(?:採用|利用|購入|取引)(?:の|が)?継続',
  '継続(?:して|的に)(?:採用|選定|購入|利用|指名)',
  // Only the customer's choice: "we will continue to use our technology" is the company's own plan.
  '(?:customers|clients|users|buyers|hospitals|clinics|labs|laboratories|contractors|operators|dealers|retailers|surgeons|farmers|members|players|subscribers|carmakers|automakers|manufacturers|distributors|they) (?:(?:have |still |therefore |thus |then )?(?:continue|continues|continued|keep|keeps|kept)) (?:to )?(?:select|choos|buy|purchas|specif|reorder|renew|use|using|selecting|choosing|buying|purchasing|specifying)',
  '(?:repurchase|re-?purchase|renewal|repeat[- ]purchase|reorder|retention|adoption|win) rates?',
  'effectively (?:purchase|buy|specify|choose|select)',
]);
export const CUSTOMER_VALUE = re(CUSTOMER_VALUE_PARTS, 'gu');
/** The Japanese-only alternatives of CUSTOMER_VALUE, for sentences with no Latin letter (same matches, faster). */
export const CUSTOMER_VALUE_JA = re(japaneseOnly(CUSTOMER_VALUE_PARTS), 'gu');

/**
 * A causal connective. Between a named business or asset before it and a customer or money outcome after it, it
 * states the path the rubric asks for (why the asset wins and what that moves) whatever words carry the "why":
 * 「当社の配合データは…であることから、同製品の単価は…」, "because players' collections cannot …, revenue per user rose".
 */
export const CAUSAL = re(
  [
    'ことから',
    'ことにより',
    'ことによって',
    'ことで',
    'ため(?:、|に、)',
    'ので、',
    'おかげで',
    '(?:その)?結果(?:、|として)',
    'これにより',
    'これによって',
    '\\bbecause\\b',
    '\\bsince\\b',
    'as a result',
    'thanks to',
    '\\b(?:which|this|these|it) (?:allows|enables|means|lets|has enabled|has allowed)',
    '\\btherefore\\b',
    '\\bthereby\\b',
    'which is why',
    '\\benabling\\b',
    '\\ballowing\\b',
    // An arrow between the named thing and its outcome (slide notes: 規格必須特許 → ライセンス収入).
    '(?:→|⇒|➡|->)',
  ],
  'gu',
);

/**
 * Who uses what the company sells (v2.10, link bank e: customer value told through the user's work). With a
 * CUSTOMER_BENEFIT after it in the same sentence, it says what the customer gets: 「導入した病院では撮像時間が短くなり」,
 * 「職人は充電器を持ち歩かずに済みます」, "hospitals … see bottlenecks two days earlier", "lets small landlords close a lease
 * remotely". Like every value word it counts only about something named (anchoring, build-chains.ts).
 */
const CUSTOMER_ACTOR_PARTS: readonly string[] = wordStart([
  '顧客|お客様|お客さま|お客さん|ユーザー|利用者|使用者|購入者|消費者|使う人|掛ける人|着る人',
  '導入(?:先|企業|病院|施設|自治体|工場|店舗|事業者)',
  // The customer told by what it does in the deal (依頼する側, 発注側, 買う側; v2.32, walk 45).
  '(?:依頼|発注|委託|注文)(?:する|した)?側|(?:頼む|買う|使う)側',
  '(?:導入|採用|使用|利用)した[^。、]{0,20}(?:では|は|が)',
  '(?:を|が)(?:入れた|使う|使った|導入した|採用した)[^。、]{0,16}(?:では|は|が)',
  '自治体|病院|診療所|クリニック|薬局|医師|看護師|薬剤師|患者|介護(?:施設|職員)|施主|設計者|設計事務所|工務店|農家|生産者|酒蔵|運転会社|荷主|職員|住民|加盟店|販売店|取引先|利用企業|ドライバー|運転手|教員|家庭|現場の|作業員|職人|担当(?:者|課)',
  '(?:customers|clients|users|hospitals|clinics|patients|nurses|doctors|physicians|pharmacists|pharmacies|plants|factories|farms|farmers|growers|contractors|operators|utilities|municipalities|landlords|tenants|exporters|importers|retailers|shoppers|drivers|planners|engineers|designers|teachers|schools|households|consumers|buyers|fleets|carriers|labs|laboratories|installers|builders|vineyards|dairies|wineries|breweries|bakeries|restaurants|stores|shops|warehouses|mills|workshops|airlines|hotels|fabs)\\b',
  '(?:[a-z-]+ )?(?:companies|firms|businesses|estates|sites) (?:that|using|who)',
]);
export const CUSTOMER_ACTOR = re(CUSTOMER_ACTOR_PARTS, 'gu');
export const CUSTOMER_ACTOR_JA = re(japaneseOnly(CUSTOMER_ACTOR_PARTS), 'gu');
/** What changes for the customer (see CUSTOMER_ACTOR). */
const CUSTOMER_BENEFIT_PARTS: readonly string[] = wordStart([
  'ずに済|ないで済|なくて済|で済(?:ん|み|む|ま)',
  '(?:短く|少なく|軽く|低く|早く|速く|楽に|容易に|簡単に)(?:な|でき|し|す|済)',
  '(?:減り|減ら|減っ|減る|減少|下が|下げ(?:られ|る|ら)|抑え(?:ら|て)|防い|防げ|防ぐ|防止|避けられ|避け|解消|不要に|省け|延ばせ|確保でき|上が(?:り|っ|る))',
  '(?:でき|られ|行え|使え|作れ|見つけられ|答えられ)るように(?:な|し)',
  // The user kept safe (利用者が…脅威から守られる; v2.38, walk 65).
  '(?:から|が)守られ',
  // 「ユーザー各社も…電池を製造販売することが可能となる」 (v2.30, walk 42).
  '(?:が|も)可能(?:と|に)な(?:る|り|っ|ります)',
  '(?:手間|負担|時間|費用|コスト)(?:が|を)?[^。]{0,6}(?:かか(?:ら|り)|減|軽|少な|省)',
  // What the company itself can do is not the customer's gain.
  '(?<!the company |we |it )(?:can|could) (?!be\\b|also\\b)[a-z]+',
  '\\blets? (?:[a-z-]+ ){1,3}[a-z]+',
  '\\bhelp(?:s|ed|ing)? (?:[a-z-]+ ){1,3}(?:to )?[a-z]+',
  'spar(?:e|es|ing)\\b',
  'instead of|rather than',
  '(?:in|within|on) (?:minutes|hours|a day|the same day|seconds)',
  '(?:days?|weeks?|hours?|minutes?) (?:earlier|sooner|faster)',
  'earlier than|faster than|no longer',
  '(?:fewer|less|lower) [a-z]+',
  '\\b(?:cut|cuts|save|saves|saved|avoid|avoids|avoided|reduce|reduces|reduced|shorten|shortens|shortened|recover|recovers)\\b',
]);
export const CUSTOMER_BENEFIT = re(CUSTOMER_BENEFIT_PARTS, 'gu');
export const CUSTOMER_BENEFIT_JA = re(japaneseOnly(CUSTOMER_BENEFIT_PARTS), 'gu');

/** The rubric's own advantage words (see SentenceLinks.flags.advantageTalk). */
export const ADVANTAGE_TALK =
  /競争優位|競争力の(?:源泉|強化|向上)|参入障壁|優位性を(?:確保|確立|築)|企業価値の向上|competitive (?:advantage|edge)|barriers? to entry|moat/u;

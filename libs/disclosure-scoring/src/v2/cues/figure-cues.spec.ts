import { IP_STAT_RATE, SPEND_SHARE } from './figure-cues';

/** Cues run on the analysis text: NFKC, lower case. */
const hits = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  const hit = re.test(s.normalize('NFKC').toLowerCase());
  re.lastIndex = 0;
  return hit;
};

describe('SPEND_SHARE: what the company spends, told as a share of its sales (v2.55)', () => {
  it.each([
    '研究開発費は売上高の5.2%にあたる320億円でした。',
    '研究開発費の総額は238億円であり、売上高研究開発費比率は4.8%です。',
    '研究開発費は2025年度において286億円(売上高比6.1%)です。',
    '研究開発費の総額は217億円、対売上高比率は7.5%です。',
    '当社は売上高の6%を研究開発に投じています。',
    'R&D expenses were 41 billion yen, 6.1% of revenue.',
  ])('is a spend: %s', (s) => expect(hits(SPEND_SHARE, s)).toBe(true));
  it.each([
    '研究開発費を増やした結果、売上高は前年比15%増となりました。',
    '研究開発費の25%を同事業に集中させ、同事業の売上高比率を現在の8%から12%へ高めます。',
    '同事業では、売上高の30%が新開発の製品によるものです。',
    '海外売上高比率は60%です。',
  ])('is an outcome or a target: %s', (s) => expect(hits(SPEND_SHARE, s)).toBe(false));
});

describe("IP_STAT_RATE: the filing programme's own rates (v2.55)", () => {
  it.each(['外国出願比率は約60%です。', '特許査定率は90%でした。', 'Our grant rate was 85% in 2025.'])(
    'is a count: %s',
    (s) => expect(hits(IP_STAT_RATE, s)).toBe(true),
  );
  it.each(['営業利益率は18%です。', 'Our segment margin rose to 18%.'])('is not: %s', (s) =>
    expect(hits(IP_STAT_RATE, s)).toBe(false),
  );
});

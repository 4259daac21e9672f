import { segmentSentences } from '../lib/text/segment';
import { judgeDisclosure } from './judge-disclosure';

// v2.48: reasons an independent analyst found plainly wrong on ten texts of their own (the texts are not in this
// repository; these are the families, in sentences written here).
describe('reasons that name what the text names (investor walk, v2.48)', () => {
  const topicsOf = (text: string, companyNames: string[] = []) =>
    judgeDisclosure(text, { companyNames }).chains.flatMap((c) => c.topics);

  it('an ellipsis inside a quotation ends no sentence when the sentence goes on', () => {
    const text = 'Research is “a key driver of growth . . .” and of rising living standards. We license it.';
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      'Research is “a key driver of growth . . .” and of rising living standards.',
      'We license it.',
    ]);
    expect(segmentSentences('Sales rose... and then fell. Then they rose.').map((s) => s.text)).toEqual([
      'Sales rose... and then fell.',
      'Then they rose.',
    ]);
  });

  it('a sentence adverb before a clause is no product name ("Indeed, our products are loved.")', () => {
    expect(topicsOf('Indeed, our products are loved by customers.')).toEqual([]);
    expect(topicsOf('Moreover, our essential product is innovation.')).toEqual([]);
    // A name beside what it is still names the business.
    expect(topicsOf('Lumo Scan, our imaging software, leads its market because hospitals cannot switch.')).toContain(
      'lumo scan',
    );
  });

  it('a footnote is a note: no role, no chain, not the learned reading’s sentence', () => {
    const text =
      '当社は半導体材料事業で、独自の精製ノウハウにより高純度品を供給し、顧客の歩留まりを高めています。\n' +
      '*1 当社が保有する特許の「質」についての考え方は「サステナビリティデータブック」にて開示しています。';
    const r = judgeDisclosure(text);
    const note = r.sentences[1];
    expect(note).toMatchObject({ role: 'generic', kind: 'heading', chain: null });
    expect(r.chains.flatMap((c) => c.topics).some((t) => t.includes('データブック'))).toBe(false);
    expect([r.learned?.mechanism.sentence, r.learned?.value.sentence]).not.toContain(1);
    // The note's sentence starts after its mark and number (a highlight had begun with 「1 当社が…」).
    expect(note?.start).toBe(text.indexOf('当社が保有する'));
    // ※ with a number, full-width forms and a bare ※ are notes too; a bullet before a year is not a note's number.
    for (const mark of ['※2 ', '＊３ ', '※ ']) {
      const t = `当社は半導体材料事業で、独自の精製ノウハウにより高純度品を供給しています。\n${mark}当社が保有する特許の考え方は別冊にて開示しています。`;
      const s2 = judgeDisclosure(t).sentences[1];
      expect(s2).toMatchObject({ role: 'generic', kind: 'heading', start: t.indexOf('当社が保有する') });
    }
    const year = '* 2024年に当社は半導体材料事業で高純度品の新工場を稼働させました。';
    expect(judgeDisclosure(year).sentences[0]?.start).toBe(year.indexOf('2024年'));
  });

  it('a sentence about the industry at large is never the learned reading’s “why it wins”', () => {
    const cases = [
      'Our imaging business licenses its sensor patents to camera makers, and the royalties fund our next sensor generation. We and other companies in the imaging industry receive thousands of patents every year, and we cross-license many of them.',
      '当社はセンサー事業で、独自の校正ノウハウにより高精度品を供給し、顧客の検査工程を短縮しています。業界各社は毎年数千件の特許を取得しており、当社も多くの特許をクロスライセンスしています。',
      '当社は包装フィルム事業で、独自の多層押出技術により薄くて破れにくいフィルムを供給しています。同業他社も同様の特許を多数保有しており、当社はクロスライセンスで設計の自由を確保しています。',
    ];
    for (const text of cases) {
      const r = judgeDisclosure(text);
      expect(r.learned?.mechanism.sentence).toBe(0);
      expect(r.learned?.value.sentence).toBe(0);
    }
    // The company's own cross-licensing, told as its own, can still be the sentence.
    const own =
      '当社はセンサー事業で、高精度品を供給しています。当社は校正技術の特許を他社とクロスライセンスし、設計の自由と部材の安定調達を確保しています。';
    expect(judgeDisclosure(own).learned?.mechanism.sentence).toBe(1);
  });

  it('a question claims nothing: what it names is the topic, and the answer after it is read as usual', () => {
    const asked = judgeDisclosure('当社のセンサー事業の強みとは、どのような仕組みなのでしょうか。');
    expect(asked.sentences[0]?.role).toBe('subject');
    expect(asked.chains.flatMap((c) => c.links)).not.toContain('mechanism');
    expect(judgeDisclosure('How does licensing create value?').sentences[0]?.role).toBe('generic');
    // The question names the product; the answer refers back to it and tells the chain.
    const qa = judgeDisclosure(
      '当社の「アクアシール」の特許とは?\nこの特許により、競合他社は同じ防水構造を使えず、当社は高い価格を維持し、同製品の売上は前年比20%増えました。',
    );
    expect(qa.sentences[0]?.reason.en).toMatch(/^A question/u);
    expect(qa.chains[0]?.links).toEqual(expect.arrayContaining(['asset', 'mechanism', 'financial']));
    // A sentence that only ends in a question mark inside a quotation is still a question; a statement is not.
    expect(
      judgeDisclosure('当社は、センサー事業で校正ノウハウを秘匿し、高い利益率を保っています。').sentences[0]?.role,
    ).not.toBe('generic');
  });

  it('a title that only names a business is no chain by itself', () => {
    const text =
      '機能材料事業への知的財産投資\n当社は、国内外で機能材料事業関連の特許を820件保有しています。\nその内訳は、電子材料35%、その他65%です。';
    const r = judgeDisclosure(text);
    expect(r.chains).toEqual([]);
    expect(r.overall).toBe(0);
    // The same title over a story opens that story's chain.
    const story =
      '機能材料事業への知的財産投資\n当社は機能材料事業で、独自の配合ノウハウを秘匿し、顧客の製品寿命を延ばすことで高い利益率を保っています。';
    expect(judgeDisclosure(story).chains.length).toBeGreaterThan(0);
  });

  it('a plan’s horizon is no business: 中期事業計画 names none', () => {
    expect(topicsOf('現在、中期事業計画で示された事業ポートフォリオ戦略における知的財産を可視化しています。')).toEqual(
      [],
    );
  });

  it('a space a PDF left inside a Japanese word does not cut the word', () => {
    const topics = topicsOf('特に、バ イオ関連技術については、3拠点が連携し、強い特許権 の獲得を進めています。');
    expect(topics).toContain('バイオ関連技術');
    expect(topics.some((t) => t.startsWith('イオ'))).toBe(false);
  });

  it('a 10-K’s dependence on licensees is a risk, not why the company wins', () => {
    const r = judgeDisclosure(
      'Our licensing segment earns royalties on every handset sold with our modem patents. We have little or no control over the sales efforts of our licensees, and our licensees might not be successful.',
    );
    expect(r.sentences[1]?.role).toBe('risk');
  });

  it('patents named by the standard they are essential to are a specific asset', () => {
    const r = judgeDisclosure(
      'We announced that a handset maker has taken a licence to our portfolio of patents essential to the Wi-Fi 7 Standard for its devices.',
    );
    expect(r.chains.flatMap((c) => c.links)).toContain('asset');
  });
});

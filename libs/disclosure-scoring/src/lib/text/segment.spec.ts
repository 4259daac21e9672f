import { detectLanguage } from './language';
import { normalizeForMatching } from './normalize';
import { segmentSentences } from './segment';

describe('segmentSentences', () => {
  it('splits Japanese on 。！？ and keeps closing brackets', () => {
    const s = segmentSentences('特許を取得した。「新製品」を発売！本当か？');
    expect(s.map((x) => x.text)).toEqual(['特許を取得した。', '「新製品」を発売！', '本当か？']);
  });
  it('splits English but not decimals or abbreviations', () => {
    const s = segmentSentences('Sales rose 3.5% in FY2024, e.g. in Japan. We held 2 briefings. Done');
    expect(s.map((x) => x.text)).toEqual(['Sales rose 3.5% in FY2024, e.g. in Japan.', 'We held 2 briefings.', 'Done']);
  });
  it('treats bullets and blank lines as boundaries and strips bullet markers from spans', () => {
    const text = '知財戦略\n・特許出願件数：350件\n・ライセンス収入：12億円\n\n次の段落です';
    const s = segmentSentences(text);
    expect(s.map((x) => x.text)).toEqual(['知財戦略', '特許出願件数：350件', 'ライセンス収入：12億円', '次の段落です']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('does not end a sentence at 。 inside parentheses that close soon, nor let an unclosed one swallow the text', () => {
    const text = '当社が4月8日にアクメ製薬株式会社(以下「アクメ」といいます。)と締結した契約です。次の文です。';
    expect(segmentSentences(text).map((x) => x.text)).toEqual([
      '当社が4月8日にアクメ製薬株式会社(以下「アクメ」といいます。)と締結した契約です。',
      '次の文です。',
    ]);
    const open = `（注${'あ'.repeat(150)}。次の文です。`;
    expect(segmentSentences(open)).toHaveLength(2);
  });
  it('reads a quote that never closes in linear time (one look for the last 」, not one per 。)', () => {
    // 「 followed by many 。 and no 」: every 。 ends a sentence; the old search for 」 at each 。 was quadratic.
    const text = `「${'。'.repeat(2000)}`;
    expect(segmentSentences(text).length).toBeGreaterThan(1900);
    expect(segmentSentences('「まだ。続く」と述べた。次。').map((x) => x.text)).toEqual([
      '「まだ。続く」と述べた。',
      '次。',
    ]);
  });
  it('joins a long wrapped line (PDF extraction) into one sentence', () => {
    const text =
      '当社は半導体材料事業において高純度化技術に関する特許を多数保有しており、\nこれにより参入障壁を築いています。';
    expect(segmentSentences(text)).toHaveLength(1);
  });
});

describe('segmentSentences: Japanese lines that run on (v2 only)', () => {
  const v2 = (text: string) => segmentSentences(text, { joinRunOnLines: true }).map((x) => x.text);
  it('joins a short line ending on a case particle, and a line starting with において / を / です, even across a blank line', () => {
    // A blog's emphasised block: the sentence runs over three paragraphs.
    const text = '当社が特許権を持っている分野は\n\n「産業用ヘルメット」\n\nにおいてです。\n\n次の文です。';
    expect(v2(text)).toEqual([
      '当社が特許権を持っている分野は\n\n「産業用ヘルメット」\n\nにおいてです。',
      '次の文です。',
    ]);
    expect(v2('新たな発想をもとに研究と実験を\n積み重ねました。')).toEqual([
      '新たな発想をもとに研究と実験を\n積み重ねました。',
    ]);
    // v1 (the frozen baseline) keeps its own boundaries.
    expect(segmentSentences(text)).toHaveLength(4);
  });
  it('keeps headings apart: はじめに, 最後に, a bracket label, and a short line ending in a noun', () => {
    expect(v2('はじめに\n当社は特許を保有しています。')).toHaveLength(2);
    expect(v2('最後に\n\n今後の方針です。')).toHaveLength(2);
    expect(v2('知的財産戦略\n当社は特許を保有しています。')).toHaveLength(2);
    expect(v2('【知財への投資】\nを含む方針')).toHaveLength(2);
  });
});

describe('segmentSentences: a line that closes a quote (v2 only)', () => {
  const v2 = { joinRunOnLines: true };
  it('ends its sentence at a closing quote or the speaker after it, unless a particle takes the quote as an object', () => {
    const quote =
      '社長は言う。「この技術がなければ、当社の装置は海外の競合に太刀打ちできなかったと思います」\n特許の保有件数は1,200件です。';
    expect(segmentSentences(quote, v2).map((s) => s.text)).toEqual([
      '社長は言う。',
      '「この技術がなければ、当社の装置は海外の競合に太刀打ちできなかったと思います」',
      '特許の保有件数は1,200件です。',
    ]);
    const speaker =
      '「製造プロセスは門外不出で、この工場でしか作りません。」(技術担当の取締役)\n特許の保有件数は1,200件です。';
    expect(segmentSentences(speaker, v2).map((s) => s.text)).toEqual([
      '「製造プロセスは門外不出で、この工場でしか作りません。」(技術担当の取締役)',
      '特許の保有件数は1,200件です。',
    ]);
    const object = '当社は「長期にわたり顧客の信頼を得てきた独自の技術とブランド」\nを活用して事業を展開しています。';
    expect(segmentSentences(object, v2)).toHaveLength(1);
  });
});

describe('segmentSentences: numbered lists', () => {
  it('joins a line that is only a list marker (「1.」, 「(2)」, 「③」) to the item after it', () => {
    const texts = segmentSentences(
      '方針\n1.\n事業のコアとなる技術の獲得\n(2)\n外部技術の取り込み\n③\nブランドの保護',
    ).map((s) => s.text);
    expect(texts).toEqual(['方針', '事業のコアとなる技術の獲得', '外部技術の取り込み', 'ブランドの保護']);
  });
});

describe('normalizeForMatching / detectLanguage', () => {
  it('normalises full-width digits and units', () => {
    expect(normalizeForMatching('１，２００件　５０％ ＲＯＩＣ')).toBe('1,200件 50% roic');
  });
  it('detects language', () => {
    expect(detectLanguage('当社は特許を保有しています。')).toBe('ja');
    expect(detectLanguage('We own 1,200 patents.')).toBe('en');
    expect(detectLanguage('We own 1,200 patents in the 知財 portfolio and many more worldwide.')).toBe('en');
    expect(detectLanguage('当社のIP portfolioは強みです。')).toBe('ja');
  });
});

import { CRITERIA, DisclosureInputError, RUBRIC_VERSION, VCG_HEADINGS } from '../index';
import { scoreDisclosure } from './score-disclosure';
import { BOILERPLATE_EN, BOILERPLATE_JA } from './test-helpers';

const STRONG_JA = [
  '当社は、半導体材料事業において、高純度化技術に関する特許（約1,200件）を構築しており、これにより競合他社に対する参入障壁を築き、営業利益率20％を維持しています。',
  '知的財産部は事業部門と連携し、IPランドスケープを用いて競合3社の出願動向を分析し、2023年に電池材料分野への参入を決定しました。',
  '研究開発費は中期経営計画期間（2024〜2026年度）累計で900億円を投じ、うち6割を電池材料などの成長領域に配分しています。',
  '知財戦略委員会（委員長：CTO）を年4回開催し、その結果を取締役会に報告しています。',
].join('\n');

describe('scoreDisclosure', () => {
  it('throws a typed error for empty or whitespace-only text', () => {
    expect(() => scoreDisclosure('')).toThrow(DisclosureInputError);
    expect(() => scoreDisclosure(' \n\u3000\t')).toThrow(DisclosureInputError);
    try {
      scoreDisclosure('   ');
    } catch (e) {
      expect((e as DisclosureInputError).code).toBe('EMPTY_TEXT');
    }
  });

  it('scores a strong Japanese text high and classes it 〇', () => {
    const r = scoreDisclosure(STRONG_JA);
    expect(r.language).toBe('ja');
    expect(r.class).toBe('〇');
    expect(r.overall).toBeGreaterThanOrEqual(40);
    expect(r.rubricVersion).toBe(RUBRIC_VERSION);
  });

  it('classes boilerplate as △ and scores it low', () => {
    const r = scoreDisclosure(BOILERPLATE_JA.join(''));
    expect(r.class).toBe('△');
    expect(r.overall).toBeLessThan(10);
    expect(r.grade).toBe('E');
    const en = scoreDisclosure(BOILERPLATE_EN.join(' '));
    expect(en.language).toBe('en');
    expect(en.class).toBe('△');
    expect(en.overall).toBeLessThan(10);
  });

  it('classes text without IP content as ✕', () => {
    const r = scoreDisclosure('当社は2024年度に売上高1,000億円を計上しました。従業員数は3,000名です。');
    expect(r.class).toBe('✕');
  });

  it('future-intention-only text is △, not 〇, and earns no concrete credit', () => {
    const r = scoreDisclosure(
      '今後、知的財産の活用により競争力を高めてまいります。知財戦略の策定を検討してまいります。IPランドスケープの導入を目指してまいります。',
    );
    expect(r.class).toBe('△');
    expect(r.overall).toBe(0);
  });

  it('a list of rubric keywords with no claim scores low', () => {
    const r = scoreDisclosure(
      '知財 特許 ブランド ノウハウ KPI ROIC 取締役会 事業ポートフォリオ オープン・クローズ戦略 IPランドスケープ 無形資産 投資家との対話 時価総額 PBR',
    );
    expect(r.overall).toBeLessThan(10);
    const en = scoreDisclosure(
      'IP, patents, brand, know-how, KPI, ROIC, board, business portfolio, open and close strategy, IP landscape, PBR',
    );
    expect(en.overall).toBeLessThan(10);
  });

  it('evidence offsets point into the original text, including full-width digits and CRLF', () => {
    const text =
      '【知的財産】\r\n当社の半導体材料事業では、特許約１，２００件が主力製品を支えています。\r\n知財戦略委員会を年４回開催し、取締役会に報告しています。';
    const r = scoreDisclosure(text);
    for (const c of r.criteria) {
      for (const e of c.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    const r1 = r.criteria.find((c) => c.id === 'R1');
    expect(r1?.score).toBe(3);
    expect(r1?.evidence[0]?.text.startsWith('当社の半導体材料事業')).toBe(true);
  });

  it('every criterion below 3 has a bilingual missing explanation and a suggestion mapped to a VCG heading', () => {
    const r = scoreDisclosure('当社の半導体材料事業では、特許約1,200件が主力製品を支えています。');
    for (const c of r.criteria) {
      if (c.score < 3) {
        expect(c.missing).toBeTruthy();
        expect(c.missingText?.ja).toBeTruthy();
        expect(c.missingText?.en).toBeTruthy();
        const s = r.suggestions.find((x) => x.criterionId === c.id);
        expect(s).toBeDefined();
        expect(VCG_HEADINGS.map((h) => h.id)).toContain(s?.vcgHeading.id);
      }
    }
  });

  it('honours a forced language', () => {
    expect(scoreDisclosure('Patents support our Xylo device.', { language: 'ja' }).language).toBe('ja');
    expect(() => scoreDisclosure('x', { language: 'fr' as 'ja' })).toThrow(DisclosureInputError);
  });

  it('result is JSON-serialisable and stable', () => {
    const r = scoreDisclosure(STRONG_JA);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('exposes at least 12 criteria', () => {
    expect(CRITERIA.length).toBeGreaterThanOrEqual(12);
    expect(scoreDisclosure(STRONG_JA).criteria).toHaveLength(CRITERIA.length);
  });

  it('scores a mixed-script English disclosure', () => {
    const r = scoreDisclosure(
      'In FY2024 we invested ¥45 billion in R&D, equal to 8.2% of net sales. The IP Strategy Committee meets quarterly and reports to the Board of Directors. Our 知財 team analysed competitor patents for the Lumina display business.',
    );
    expect(r.language).toBe('en');
    expect(r.class).toBe('〇');
    expect(r.overall).toBeGreaterThan(15);
  });
});

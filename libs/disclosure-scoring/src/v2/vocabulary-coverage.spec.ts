import { judgeDisclosure } from './judge-disclosure';
import { PLAIN_TEXT_WORDS_PER_THOUSAND, vocabularyCoverage } from './vocabulary-coverage';

describe('vocabularyCoverage', () => {
  // Our own sentences about invented companies.
  const plain =
    '当社の「すずめ亭」は駅前に集中して出店し、セントラルキッチンで仕込みを一括することで、低価格でもおいしい料理を提供しています。常連のお客様が毎週来店され、売上総利益率は70%を超えています。';
  const technical =
    '当社は接着剤「ボンドラ」の配合技術を特許とノウハウで守り、特許は海外メーカーにライセンスしています。ライセンス収入は年20億円です。';

  it('marks a strategy told in plain business words as a text the judgement reads less reliably, and says why in both languages', () => {
    const c = vocabularyCoverage(plain);
    expect(c.technologyAndRightsWords).toBe(0);
    expect(c.plainBusinessText).toBe(true);
    expect(c.note?.ja).toMatch(/アナリスト/);
    expect(c.note?.en).toMatch(/analysts/);
  });

  it('leaves a text in the vocabulary of technology and rights unmarked', () => {
    const c = vocabularyCoverage(technical);
    expect(c.technologyAndRightsWords).toBeGreaterThanOrEqual(5);
    expect(c.perThousandCharacters).toBeGreaterThan(PLAIN_TEXT_WORDS_PER_THOUSAND);
    expect(c.plainBusinessText).toBe(false);
    expect(c.note).toBeNull();
  });

  it('measures density, not count: one patent word in a long plain text still marks it', () => {
    const long = `${plain.repeat(10)}特許も取得しています。`;
    expect(vocabularyCoverage(long).technologyAndRightsWords).toBe(1);
    expect(vocabularyCoverage(long).plainBusinessText).toBe(true);
  });

  it('is part of every judgement, beside the score (it never changes the score)', () => {
    const j = judgeDisclosure(plain);
    expect(j.coverage?.plainBusinessText).toBe(true);
    expect(judgeDisclosure(technical).coverage?.plainBusinessText).toBe(false);
  });
});

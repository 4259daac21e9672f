import { evidenceHighlights } from './evidence-highlights';

const TEXT = '一文目です。\n二文目は取締役会が年2回、議論します。\n三文目。';
// As the scorer cuts them: each sentence with the line break after it.
const second = TEXT.indexOf('二文目');
const third = TEXT.indexOf('三文目');
const sentences = [
  { start: 0, end: second },
  { start: second, end: third },
  { start: third, end: TEXT.length },
];
const at = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length };
};

describe('evidenceHighlights', () => {
  it('calls spans that cover whole sentences (white space aside) sentences', () => {
    expect(evidenceHighlights(TEXT, [{ start: 0, end: 6 }, at('三文目。')], sentences)).toEqual({
      kind: 'sentences',
      sentences: 2,
    });
  });

  it('calls words inside sentences words, counted as shown (touching spans merge) and by sentence', () => {
    expect(evidenceHighlights(TEXT, [at('取締役会'), at('年2回'), at('議論'), at('一文目')], sentences)).toEqual({
      kind: 'spans',
      spans: 4,
      sentences: 2,
    });
    // 取締役会 and が touch: one highlight on screen.
    expect(evidenceHighlights(TEXT, [at('取締役会'), at('が年')], sentences)).toEqual({
      kind: 'spans',
      spans: 1,
      sentences: 1,
    });
  });

  it('is mixed words when one span of several is only a word', () => {
    expect(evidenceHighlights(TEXT, [{ start: 0, end: 6 }, at('議論')], sentences).kind).toBe('spans');
  });

  it('counts passages without the judged sentences', () => {
    expect(evidenceHighlights(TEXT, [at('取締役会'), at('議論')], [])).toEqual({ kind: 'passages', passages: 2 });
  });
});

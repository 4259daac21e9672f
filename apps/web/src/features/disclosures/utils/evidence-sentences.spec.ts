import { evidenceSentenceCount } from './evidence-sentences';

describe('evidenceSentenceCount', () => {
  const sentences = [
    { start: 0, end: 10 },
    { start: 10, end: 25 },
    { start: 25, end: 40 },
  ];

  it('counts the sentences the spans lie in, each once', () => {
    expect(
      evidenceSentenceCount(
        [
          { start: 0, end: 3 },
          { start: 5, end: 9 },
          { start: 10, end: 12 },
          { start: 20, end: 24 },
        ],
        sentences,
      ),
    ).toBe(2);
  });

  it('puts a span that starts at a sentence end into the next sentence ([start, end))', () => {
    expect(evidenceSentenceCount([{ start: 25, end: 30 }], sentences)).toBe(1);
    expect(
      evidenceSentenceCount(
        [
          { start: 9, end: 10 },
          { start: 10, end: 11 },
        ],
        sentences,
      ),
    ).toBe(2);
  });

  it('counts a span outside every sentence on its own, and says null without sentences', () => {
    expect(
      evidenceSentenceCount(
        [
          { start: 50, end: 55 },
          { start: 0, end: 2 },
        ],
        sentences,
      ),
    ).toBe(2);
    expect(evidenceSentenceCount([{ start: 0, end: 2 }], [])).toBeNull();
  });
});

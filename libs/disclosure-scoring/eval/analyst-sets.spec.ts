import { doubleRatedSet, firstTimeOnly } from './analyst-sets';

describe('firstTimeOnly', () => {
  it('passes a text the first time only, whatever surrounds it', () => {
    const first = firstTimeOnly();
    expect([{ text: 'a' }, { text: 'b' }, { text: ' a\n' }, { text: 'b' }].map(first)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('keeps one copy of the passage two collectors both took (sets 174 and 177)', () => {
    const first = firstTimeOnly();
    const kept = [...doubleRatedSet(174), ...doubleRatedSet(177)].filter(first);
    expect(doubleRatedSet(174)).toHaveLength(10);
    expect(doubleRatedSet(177)).toHaveLength(10);
    expect(kept).toHaveLength(19);
    expect(kept.map((p) => p.id)).not.toContain('w183-05');
  });
});

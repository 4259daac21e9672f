import { highlightSegments } from './highlight-segments';
import { criterionStatus } from './criterion-status';
import { formatDelta } from './format-delta';

describe('highlightSegments', () => {
  it('cuts the text into plain and highlighted runs that join back to the text', () => {
    const text = '一文目。二文目。三文目。';
    const segments = highlightSegments(text, [{ start: 4, end: 8 }]);
    expect(segments).toEqual([
      { start: 0, text: '一文目。', highlighted: false },
      { start: 4, text: '二文目。', highlighted: true },
      { start: 8, text: '三文目。', highlighted: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('merges overlapping and touching spans, sorts them and clamps them to the text', () => {
    const segments = highlightSegments('abcdefghij', [
      { start: 6, end: 20 },
      { start: 0, end: 2 },
      { start: 1, end: 3 },
      { start: 3, end: 4 },
      { start: 5, end: 5 },
    ]);
    expect(segments).toEqual([
      { start: 0, text: 'abcd', highlighted: true },
      { start: 4, text: 'ef', highlighted: false },
      { start: 6, text: 'ghij', highlighted: true },
    ]);
  });

  it('returns the whole text unhighlighted without spans, and nothing for an empty text', () => {
    expect(highlightSegments('abc', [])).toEqual([{ start: 0, text: 'abc', highlighted: false }]);
    expect(highlightSegments('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});

describe('criterionStatus and formatDelta', () => {
  it('names a level 3 met, 1–2 partly and 0 missing', () => {
    expect([0, 1, 2, 3].map((score) => criterionStatus(score))).toEqual(['missing', 'partly', 'partly', 'met']);
    // Nothing to judge is neither a ✓ nor a ✕, whatever the score field says.
    expect(criterionStatus(0, true)).toBe('notApplicable');
  });
  it('signs a change', () => {
    expect([2, -1, 0].map(formatDelta)).toEqual(['+2', '−1', '±0']);
  });
});

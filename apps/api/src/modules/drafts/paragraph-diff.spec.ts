import { diffParagraphs, wordDiff, wordTokens } from './paragraph-diff';

describe('wordTokens', () => {
  it('splits Japanese into words and keeps every character', () => {
    const text = '当社の研究開発費は120億円です。';
    const tokens = wordTokens(text, 'ja');
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain('研究');
    expect(tokens.length).toBeGreaterThan(5);
  });
});

describe('wordDiff', () => {
  it('marks only the changed words, removals on the old side and additions on the new side', () => {
    const { before, after } = wordDiff('研究開発費は120億円です。', '研究開発費は150億円です。', 'ja');
    expect(before).toEqual([
      { op: 'equal', text: '研究開発費は' },
      { op: 'removed', text: '120' },
      { op: 'equal', text: '億円です。' },
    ]);
    expect(after).toEqual([
      { op: 'equal', text: '研究開発費は' },
      { op: 'added', text: '150' },
      { op: 'equal', text: '億円です。' },
    ]);
  });

  it('works on English words with their spaces', () => {
    const { after } = wordDiff('We hold 348 patents.', 'We now hold 400 patents.', 'en');
    expect(after.filter((s) => s.op === 'added').map((s) => s.text.trim())).toEqual(['now', '400']);
    expect(after.map((s) => s.text).join('')).toBe('We now hold 400 patents.');
  });
});

describe('diffParagraphs', () => {
  it('keeps paragraphs whole: unchanged, revised (word highlights), added and removed', () => {
    const diff = diffParagraphs(
      ['第一段落です。', '研究開発費は120億円です。', '削除される段落。'],
      ['第一段落です。', '研究開発費は150億円です。', '新しい段落。', '最後の段落。'],
      'ja',
    );
    expect(diff.map((d) => d.op)).toEqual(['equal', 'changed', 'changed', 'added']);
    expect(diff[0]).toEqual({
      op: 'equal',
      before: [{ op: 'equal', text: '第一段落です。' }],
      after: [{ op: 'equal', text: '第一段落です。' }],
    });
    expect(diff[3]).toEqual({ op: 'added', before: null, after: [{ op: 'added', text: '最後の段落。' }] });
  });

  it('shows a removed paragraph on the old side only', () => {
    expect(diffParagraphs(['残る。', '消える。'], ['残る。'], 'ja')).toEqual([
      { op: 'equal', before: [{ op: 'equal', text: '残る。' }], after: [{ op: 'equal', text: '残る。' }] },
      { op: 'removed', before: [{ op: 'removed', text: '消える。' }], after: null },
    ]);
  });

  it('gives up on word highlights for a huge paragraph rather than stall', () => {
    const big = 'あ'.repeat(5_000);
    const [d] = diffParagraphs([big], [`${big}い`], 'ja');
    expect(d?.op).toBe('changed');
  });
});

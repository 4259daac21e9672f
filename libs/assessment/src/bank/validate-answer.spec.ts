import { getQuestion } from './question-bank';
import { Question } from './question';
import { validateAnswer } from './validate-answer';

function q(id: string): Question {
  const question = getQuestion(id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
}

function code(id: string, value: unknown): string | null {
  const r = validateAnswer(q(id), value);
  return r.ok ? null : r.error.code;
}

describe('validateAnswer', () => {
  it.each([
    ['m1.inventory', 0],
    ['m1.inventory', 4],
    ['m1.patents-held', 'many'],
    ['m1.asset-types', ['patents', 'brand']],
    ['m1.asset-types', ['none']],
    ['m6.board-discussions', 12],
    ['m0.revenue', 1234.5],
    ['m0.book-equity', -50],
    ['m0.operating-margin', -12.5],
    ['m1.top-three', 'ノウハウ'],
    ['m7.cg-report-link', 'https://www.example.co.jp/ir/cg.pdf'],
  ])('accepts %s = %j', (id, value) => {
    expect(code(id, value)).toBeNull();
  });

  it.each([
    ['m1.inventory', 5, 'out-of-range'],
    ['m1.inventory', -1, 'out-of-range'],
    ['m1.inventory', 2.5, 'not-integer'],
    ['m1.inventory', '3', 'invalid-type'],
    ['m1.inventory', Number.NaN, 'invalid-type'],
    ['m1.patents-held', 'lots', 'unknown-option'],
    ['m1.patents-held', ['many'], 'invalid-type'],
    ['m1.asset-types', 'patents', 'invalid-type'],
    ['m1.asset-types', ['patents', 'patents'], 'duplicate-option'],
    ['m1.asset-types', ['patents', 'none'], 'exclusive-option-combined'],
    ['m1.asset-types', ['patents', 42], 'invalid-type'],
    ['m1.asset-types', ['unicorns'], 'unknown-option'],
    ['m6.board-discussions', 1.5, 'not-integer'],
    ['m6.board-discussions', 101, 'out-of-range'],
    ['m0.revenue', -1, 'out-of-range'],
    ['m0.revenue', Number.POSITIVE_INFINITY, 'invalid-type'],
    ['m0.operating-margin', 150, 'out-of-range'],
    ['m1.top-three', 'x'.repeat(2001), 'too-long'],
    ['m1.top-three', 7, 'invalid-type'],
    ['m7.cg-report-link', 'javascript:alert(1)', 'invalid-url'],
    ['m7.cg-report-link', 'not a url', 'invalid-url'],
    ['m7.cg-report-link', `https://example.com/${'a'.repeat(2100)}`, 'too-long'],
  ])('rejects %s = %j with %s', (id, value, expected) => {
    expect(code(id, value)).toBe(expected);
  });

  it('treats null, blank text and an empty selection as clearing the answer', () => {
    for (const [id, value] of [
      ['m1.inventory', null],
      ['m1.inventory', undefined],
      ['m1.top-three', '   '],
      ['m1.asset-types', []],
      ['m7.cg-report-link', ''],
    ] as const) {
      expect(validateAnswer(q(id), value)).toEqual({ ok: true, value: null });
    }
  });

  it('names the question and gives a bilingual message', () => {
    const r = validateAnswer(q('m1.inventory'), 9);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.questionId).toBe('m1.inventory');
    expect(r.error.message.ja.length).toBeGreaterThan(0);
    expect(r.error.message.en.length).toBeGreaterThan(0);
  });

  it('states the limit that was broken, in both languages', () => {
    const negative = validateAnswer(q('m0.revenue'), -1);
    expect(negative.ok).toBe(false);
    if (!negative.ok) {
      expect(negative.error.message.ja).toBe('0 以上の値を入力してください（単位: 百万円）。');
      expect(negative.error.message.en).toBe('Enter a value of at least 0 (unit: million yen).');
    }
    const maturity = validateAnswer(q('m1.inventory'), 9);
    if (!maturity.ok) expect(maturity.error.message.ja).toContain('0〜4');
    const long = validateAnswer(q('m1.top-three'), 'あ'.repeat(100_000));
    expect(long.ok).toBe(false);
    if (!long.ok) {
      expect(long.error.message.ja).toBe('2,000 文字以内で入力してください（現在 100,000 文字）。');
      expect(long.error.message.en).toBe('Use at most 2,000 characters (now 100,000).');
    }
    const url = validateAnswer(q('m7.cg-report-link'), 'example.com');
    if (!url.ok) expect(url.error.message.ja).toContain('https://');
    expect(url.ok).toBe(false);
  });

  it('trims evidence URLs', () => {
    expect(validateAnswer(q('m7.cg-report-link'), '  https://example.com/a  ')).toEqual({
      ok: true,
      value: 'https://example.com/a',
    });
  });
});

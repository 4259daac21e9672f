import { ApiException } from './api-exception';
import { SafeStringsPipe } from './safe-strings.pipe';

const pipe = new SafeStringsPipe();
function fieldsOf(
  value: unknown,
  type: 'body' | 'query' | 'param' | 'custom' = 'body',
  data?: string,
): string[] | 'ok' {
  try {
    pipe.transform(value, { type, data });
    return 'ok';
  } catch (e) {
    if (e instanceof ApiException) return e.fieldProblems.map((p) => p.field);
    throw e;
  }
}

describe('SafeStringsPipe', () => {
  it('accepts ordinary text, emoji (paired surrogates) and U+FFFE', () => {
    expect(fieldsOf({ name: '知財😀', list: ['a', { b: 'c\uFFFE' }] })).toBe('ok');
  });
  it('names every field with a NUL or a lone surrogate, keys included', () => {
    expect(fieldsOf({ name: 'a\u0000b', list: ['ok', { b: '\uD800' }], ['k\uDC00']: 1 })).toEqual([
      'name',
      'list[1].b',
      'k\uDC00',
    ]);
    expect(fieldsOf('x\u0000', 'query', 'q')).toEqual(['q']);
    expect(fieldsOf('\uDFFFa', 'param', 'id')).toEqual(['id']);
  });
  it('leaves custom decorators (the signed-in user etc.) alone', () => {
    expect(fieldsOf({ name: 'a\u0000' }, 'custom')).toBe('ok');
  });
});

import { assertJsonShape, JsonTooComplexError } from './json-shape';

const bytes = (s: string): Uint8Array => Buffer.from(s, 'utf8');
function limitOf(s: string, depth?: number, elements?: number): string {
  try {
    assertJsonShape(bytes(s), depth, elements);
    return 'ok';
  } catch (e) {
    if (e instanceof JsonTooComplexError) return e.limit;
    throw e;
  }
}

describe('assertJsonShape', () => {
  it('lets ordinary bodies through, whatever their strings contain', () => {
    expect(limitOf('{"a":[1,2,{"b":"[[[{{{,,,\\"]]]"}],"名前":"知財, 戦略"}')).toBe('ok');
    expect(limitOf('[[[1]]]', 3)).toBe('ok');
  });
  it('stops at the first level over the depth cap', () => {
    expect(limitOf('[[[[1]]]]', 3)).toBe('depth');
    expect(limitOf('{"x":'.repeat(100_000) + '1' + '}'.repeat(100_000))).toBe('depth');
    expect(limitOf('['.repeat(400_000))).toBe('depth'); // unterminated: still refused by shape
  });
  it('stops at the first element over the element cap', () => {
    expect(limitOf('[1,2,3]', 32, 4)).toBe('ok');
    expect(limitOf('[1,2,3,4,5]', 32, 4)).toBe('elements');
    expect(limitOf(`{"unknown":[${'0,'.repeat(500_000)}0]}`)).toBe('elements');
  });
});

import { breakLongTokens, neutraliseFormula, safeCellText, stripXmlIllegal } from './cell-hygiene';

describe('cell hygiene', () => {
  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")'])('neutralises %j', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each(['1+1', 'abc', '', ' =1', '知財'])('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it('strips every character XML 1.0 forbids, keeps tab, CR, LF, paired surrogates and ordinary text', () => {
    const forbidden = [
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000B',
      '\u000C',
      '\u000E',
      '\u001F',
      '\uFFFE',
      '\uFFFF',
      '\uD800',
      '\uDFFF',
    ];
    for (const c of forbidden) expect(stripXmlIllegal(`a${c}b`)).toBe('ab');
    expect(stripXmlIllegal('a\tb\r\nc😀知財')).toBe('a\tb\r\nc😀知財');
    expect(safeCellText('\uFFFE=1')).toBe("'=1");
  });

  it('cuts long unbroken tokens into lines that fit, and leaves words and Japanese text alone', () => {
    const token = 'a'.repeat(20_000);
    const width = (ch: string) => (ch === 'W' ? 10 : 5);
    const broken = breakLongTokens(token, 400, width);
    expect(broken.replace(/\n/g, '')).toBe(token);
    expect(broken.split('\n').every((line) => line.length === 80 || line === broken.split('\n').at(-1))).toBe(true);
    expect(breakLongTokens(`see ${'W'.repeat(100)} here`, 400, width)).toBe(
      `see ${'W'.repeat(40)}\n${'W'.repeat(40)}\n${'W'.repeat(20)} here`,
    );
    expect(breakLongTokens('short words only', 400, width)).toBe('short words only');
    const ja = '知'.repeat(500);
    expect(breakLongTokens(ja, 400, width)).toBe(ja);
  });
});

import fc from 'fast-check';
import { parseTypedNumber } from './parse-typed-number';

const value = (raw: string, options = {}) => {
  const r = parseTypedNumber(raw, options);
  return r.ok ? r.value : r.problem;
};

describe('parseTypedNumber', () => {
  it.each([
    ['3000', 3000],
    ['3,000', 3000],
    ['21,500', 21500],
    ['1,234,567.5', 1234567.5],
    ['３０００', 3000],
    ['３，０００', 3000],
    ['－１２', -12],
    ['−5', -5],
    [' 42 ', 42],
    ['0.25', 0.25],
    ['1.5億', 150_000_000],
    ['3万', 30_000],
    ['-0', 0],
  ])('reads %s as %d', (raw, expected) => expect(value(raw)).toBe(expected));

  it.each([
    '1e400',
    '1e3',
    'Infinity',
    '-Infinity',
    'NaN',
    'abc',
    '3,00',
    '1,2345',
    '12.',
    '.5',
    '--1',
    '0x10',
    '1 2',
    '億',
  ])('refuses %s as not a number', (raw) => expect(value(raw)).toBe('not-a-number'));

  it('refuses numbers beyond the exactly representable range', () => {
    expect(value('9'.repeat(400))).toBe('too-large');
    expect(value('1' + '0'.repeat(16))).toBe('too-large');
    expect(value('10000兆')).toBe('too-large');
  });

  it('blank is a cleared field, not zero', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
    expect(value('　')).toBeNull();
  });

  it('reads years as people write them only where a year is meant', () => {
    expect(value('2028年度', { year: true })).toBe(2028);
    expect(value('２０２８年度', { year: true })).toBe(2028);
    expect(value('2028年', { year: true })).toBe(2028);
    expect(value('FY2028', { year: true })).toBe(2028);
    expect(value('fy 2028', { year: true })).toBe(2028);
    expect(value('令和10年度', { year: true })).toBe(2028);
    expect(value('令和元年', { year: true })).toBe(2019);
    expect(value('2028', { year: true })).toBe(2028);
    expect(value('2028.5', { year: true })).toBe('not-a-number');
    expect(value('2028年度')).toBe('not-a-number');
  });

  it('allows a trailing percent sign only for percentages', () => {
    expect(value('12.5%', { percent: true })).toBe(12.5);
    expect(value('12.5％', { percent: true })).toBe(12.5);
    expect(value('12.5%')).toBe('not-a-number');
  });

  describe('properties', () => {
    const safeInt = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

    it('reads back every integer written with or without thousands separators, half or full width', () => {
      fc.assert(
        fc.property(safeInt, fc.boolean(), fc.boolean(), (n, grouped, fullWidth) => {
          let text = grouped ? n.toLocaleString('en-US') : String(n);
          if (fullWidth) text = text.replace(/[0-9,-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
          expect(value(text)).toBe(n);
        }),
        { seed: 20261201, numRuns: 300 },
      );
    });

    it('reads back every finite double written in plain decimal notation', () => {
      fc.assert(
        fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }), (n) => {
          const text = n.toFixed(6);
          expect(value(text)).toBeCloseTo(Number(text), 6);
        }),
        { seed: 20261201, numRuns: 300 },
      );
    });

    it('never answers a non-finite number, whatever is typed', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 40 }), fc.boolean(), fc.boolean(), (raw, year, percent) => {
          const r = parseTypedNumber(raw, { year, percent });
          if (r.ok && r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
        }),
        { seed: 20261201, numRuns: 1000 },
      );
    });

    it('anything with a letter e (exponent) is refused', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: -400, max: 400 }), (m, e) => {
          expect(value(`${m}e${e}`)).toBe('not-a-number');
        }),
        { seed: 20261201 },
      );
    });
  });
});

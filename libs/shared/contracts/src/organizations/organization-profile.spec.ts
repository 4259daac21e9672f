import { isSecuritiesCode, normalizeSecuritiesCode } from './organization-profile';

describe('securities codes', () => {
  it.each([
    ['7203', '7203'],
    ['130a', '130A'],
    ['７２０３', '7203'],
    [' 285A ', '285A'],
  ])('reads %j as %j', (typed, code) => {
    expect(normalizeSecuritiesCode(typed)).toBe(code);
    expect(isSecuritiesCode(typed)).toBe(true);
  });

  it.each([
    ['12', 'too short'],
    ['72030', 'too long'],
    ['0203', 'starts with 0'],
    ['13A0', 'a letter in the third place'],
    ['130B', 'B is never used (looks like 8)'],
    ['130O', 'O is never used (looks like 0)'],
    ['', 'empty'],
  ])('refuses %j (%s)', (typed) => {
    expect(isSecuritiesCode(typed)).toBe(false);
  });
});

import { ApiException } from '../errors/api-exception';
import { parsePageRequest } from './page-request.decorator';

describe('parsePageRequest', () => {
  it('applies the defaults and reads numbers', () => {
    expect(parsePageRequest({})).toEqual({ offset: 0, limit: 50 });
    expect(parsePageRequest({ offset: '10', limit: '5' })).toEqual({ offset: 10, limit: 5 });
  });

  it.each([
    ['limit 0', { limit: '0' }, 'limit', 'min'],
    ['limit 201', { limit: '201' }, 'limit', 'max'],
    ['a word', { offset: 'abc' }, 'offset', 'isInt'],
    ['a repeated parameter', { offset: ['1', '2'] }, 'offset', 'isInt'],
    ['a 100 000-digit number', { limit: '1'.repeat(100000) }, 'limit', 'isInt'],
    ['a negative offset', { offset: '-1' }, 'offset', 'isInt'],
    ['a fraction', { offset: '1.5' }, 'offset', 'isInt'],
    ['an offset past the deepest page', { offset: '9999999' }, 'offset', 'max'],
  ])('refuses %s with a 400 naming the field', (_label, query, field, code) => {
    try {
      parsePageRequest(query);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(ApiException);
      const ex = e as ApiException;
      expect(ex.getStatus()).toBe(400);
      expect(ex.fieldProblems).toEqual([expect.objectContaining({ field, code })]);
    }
  });
});

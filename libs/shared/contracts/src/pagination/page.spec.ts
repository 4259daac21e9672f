import { PAGE_DEFAULT_LIMIT, PAGE_MAX_LIMIT, pageFromAll, pageOf, pageRequestSchema, pageSchema } from './page';
import { z } from 'zod';

describe('Page<T>', () => {
  it('says whether there is more and where it starts', () => {
    expect(pageOf(['a', 'b'], 5, { offset: 0, limit: 2 })).toEqual({ items: ['a', 'b'], total: 5, offset: 0, limit: 2, hasMore: true, nextOffset: 2 });
    expect(pageOf(['e'], 5, { offset: 4, limit: 2 })).toEqual({ items: ['e'], total: 5, offset: 4, limit: 2, hasMore: false, nextOffset: null });
    expect(pageOf([], 0, { offset: 0, limit: 50 })).toMatchObject({ hasMore: false, nextOffset: null, total: 0 });
  });

  it('pages an in-memory list', () => {
    const all = [1, 2, 3, 4, 5];
    expect(pageFromAll(all, { offset: 2, limit: 2 })).toMatchObject({ items: [3, 4], hasMore: true, nextOffset: 4 });
    expect(pageFromAll(all, { offset: 10, limit: 2 })).toMatchObject({ items: [], hasMore: false, total: 5 });
  });

  it('reads the query string with defaults and refuses bad values', () => {
    expect(pageRequestSchema.parse({})).toEqual({ offset: 0, limit: PAGE_DEFAULT_LIMIT });
    expect(pageRequestSchema.parse({ offset: '20', limit: '10' })).toEqual({ offset: 20, limit: 10 });
    for (const bad of [{ limit: '0' }, { limit: String(PAGE_MAX_LIMIT + 1) }, { offset: '-1' }, { offset: '1.5' }, { limit: 'x' }, { offset: '99999999' }]) {
      expect(pageRequestSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('checks a received page', () => {
    const schema = pageSchema(z.string());
    expect(schema.safeParse(pageOf(['a'], 1, { offset: 0, limit: 1 })).success).toBe(true);
    expect(schema.safeParse({ items: [1], total: 1, offset: 0, limit: 1, hasMore: false, nextOffset: null }).success).toBe(false);
  });
});

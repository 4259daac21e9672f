import { pageFromAll, pageOf } from './page';

describe('Page<T>', () => {
  it('says whether there is more and where it starts', () => {
    expect(pageOf(['a', 'b'], 5, { offset: 0, limit: 2 })).toEqual({
      items: ['a', 'b'],
      total: 5,
      offset: 0,
      limit: 2,
      hasMore: true,
      nextOffset: 2,
    });
    expect(pageOf(['e'], 5, { offset: 4, limit: 2 })).toEqual({
      items: ['e'],
      total: 5,
      offset: 4,
      limit: 2,
      hasMore: false,
      nextOffset: null,
    });
    expect(pageOf([], 0, { offset: 0, limit: 50 })).toMatchObject({ hasMore: false, nextOffset: null, total: 0 });
  });

  it('pages an in-memory list', () => {
    const all = [1, 2, 3, 4, 5];
    expect(pageFromAll(all, { offset: 2, limit: 2 })).toMatchObject({ items: [3, 4], hasMore: true, nextOffset: 4 });
    expect(pageFromAll(all, { offset: 10, limit: 2 })).toMatchObject({ items: [], hasMore: false, total: 5 });
  });
});

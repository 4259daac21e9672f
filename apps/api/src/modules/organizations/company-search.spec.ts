import { companySearch } from './company-search';

describe('companySearch', () => {
  it('reads full-width text as half-width and trims white space', () => {
    expect(companySearch('  ７２０３ ')).toEqual({ like: '%7203%', codePrefix: '7203%' });
    expect(companySearch('ＴＯＹＯＴＡ　Motor')).toEqual({ like: '%TOYOTA Motor%' });
  });

  it('treats a new alphanumeric code (and its start) as a securities code, case-insensitively', () => {
    expect(companySearch('130a')).toEqual({ like: '%130a%', codePrefix: '130A%' });
    expect(companySearch('13')).toEqual({ like: '%13%', codePrefix: '13%' });
    expect(companySearch('12345')).toEqual({ like: '%12345%' });
    expect(companySearch('サンプル')).toEqual({ like: '%サンプル%' });
  });

  it("escapes LIKE's wildcards so they match only themselves", () => {
    expect(companySearch('100%_a\\b')).toEqual({ like: '%100\\%\\_a\\\\b%' });
  });

  it('ignores an empty search', () => {
    expect(companySearch('   ')).toBeUndefined();
  });
});

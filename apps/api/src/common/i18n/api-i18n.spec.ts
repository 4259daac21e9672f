import { pickLocale, translate } from './api-i18n';

describe('pickLocale', () => {
  it('prefers the signed-in user’s saved language over the browser’s', () => {
    expect(pickLocale('en', 'ja-JP,ja;q=0.9')).toBe('en');
    expect(pickLocale('ja', 'en-US,en;q=0.9')).toBe('ja');
  });

  it.each([
    ['en-US,en;q=0.9', 'en'],
    ['EN', 'en'],
    ['fr-FR, en;q=0.8, ja;q=0.5', 'en'],
    ['fr-FR,de;q=0.8', 'ja'],
    ['ja-JP', 'ja'],
    ['', 'ja'],
  ] as const)('reads Accept-Language %j as %s', (header, expected) => {
    expect(pickLocale(undefined, header)).toBe(expected);
  });

  it('falls back to Japanese when nothing says otherwise, and ignores an unknown saved language', () => {
    expect(pickLocale(undefined, undefined)).toBe('ja');
    expect(pickLocale('fr', 'en')).toBe('en');
  });
});

describe('translate', () => {
  it('interpolates variables in both languages', () => {
    expect(translate('ja', 'fields.maxLength', { constraint: '100' })).toBe('100 文字以内で入力してください。');
    expect(translate('en', 'fields.maxLength', { constraint: '100' })).toBe('Must be at most 100 characters.');
  });

  it('names a draft state in words, never by its internal name (every state, both languages)', () => {
    const states = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn'];
    for (const locale of ['ja', 'en'] as const) {
      for (const from of states) {
        const message = translate(locale, 'errors.INVALID_TRANSITION', { from });
        expect(message).not.toContain(from === 'draft' && locale === 'en' ? '"draft"' : from);
        expect(message).not.toContain('$t(');
      }
    }
    expect(translate('en', 'errors.INVALID_TRANSITION', { from: 'in_review' })).toBe(
      'This is not possible while the draft is "In review". Reload the page to see its current state.',
    );
    expect(translate('ja', 'errors.INVALID_TRANSITION', { from: 'withdrawn' })).toContain('「公開取り下げ」');
  });
});

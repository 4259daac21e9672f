import { initialLocale } from './initial-locale';
import { storedLocale } from './stored-locale';

describe('initialLocale', () => {
  afterEach(() => window.localStorage.clear());

  it('keeps the language chosen earlier on this browser over the browser preference', () => {
    storedLocale.set('ja');
    expect(initialLocale(['en-US', 'en'])).toBe('ja');
  });

  it('follows the first preferred language the product speaks', () => {
    expect(initialLocale(['en-GB', 'ja-JP'])).toBe('en');
    expect(initialLocale(['fr-FR', 'ja', 'en'])).toBe('ja');
    expect(initialLocale(['EN'])).toBe('en');
  });

  it('falls back to Japanese when the browser prefers nothing we speak, or says nothing', () => {
    expect(initialLocale(['fr-FR', 'de'])).toBe('ja');
    expect(initialLocale([])).toBe('ja');
  });
});

import { allMessagesEn, allMessagesJa } from './all-messages';
import { applyLocale } from './apply-locale';
import { ensureFeatureTexts } from './feature-texts';
import { ensureMessages, loadI18n } from './load-messages';
import { messagesEn } from './messages-en';
import { messagesJa } from './messages-ja';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leafKeys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('UI texts loaded one language at a time', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts with the active language only', async () => {
    const i18n = await loadI18n('ja');
    expect(i18n.language).toBe('ja');
    expect(i18n.hasResourceBundle('ja', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.t('layout.signOut')).toBe(messagesJa.layout.signOut);
  });

  it('switches only once the other language is there: Japanese until then, never a raw key', async () => {
    const i18n = await loadI18n('ja');
    const switching = applyLocale(i18n, 'en');
    expect(i18n.language).toBe('ja');
    expect(i18n.t('layout.signOut')).toBe(messagesJa.layout.signOut);
    await switching;
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('ipgn.locale')).toBe('en');
    const untranslated = leafKeys(messagesJa).filter((key) => i18n.t(key as never) === key);
    expect(untranslated).toEqual([]);
    expect(i18n.t('layout.signOut')).toBe(messagesEn.layout.signOut);
  });

  it('starts in English and switches back to Japanese with every text', async () => {
    const i18n = await loadI18n('en');
    expect(i18n.hasResourceBundle('ja', 'translation')).toBe(false);
    await applyLocale(i18n, 'ja');
    expect(i18n.language).toBe('ja');
    expect(leafKeys(messagesJa).filter((key) => i18n.t(key as never) === key)).toEqual([]);
    expect(i18n.t('layout.signOut')).toBe(messagesJa.layout.signOut);
  });

  it('loads a language once', async () => {
    const i18n = await loadI18n('ja');
    await ensureMessages(i18n, 'en');
    const bundle = i18n.getResourceBundle('en', 'translation');
    await ensureMessages(i18n, 'en');
    expect(i18n.getResourceBundle('en', 'translation')).toBe(bundle);
  });

  it("loads a feature's texts only when a page asks, and brings them along on a language switch", async () => {
    const i18n = await loadI18n('ja');
    expect(i18n.exists('disclosures.page.title')).toBe(false);
    await ensureFeatureTexts(i18n, ['disclosures']);
    expect(i18n.t('disclosures.page.title')).toBe(allMessagesJa.disclosures.page.title);
    expect(i18n.getResource('ja', 'translation', 'drafts')).toBeUndefined();
    await applyLocale(i18n, 'en');
    const disclosureKeys = leafKeys(allMessagesEn.disclosures, 'disclosures');
    expect(disclosureKeys.filter((key) => i18n.t(key as never) === key)).toEqual([]);
    expect(i18n.t('disclosures.page.title')).toBe(allMessagesEn.disclosures.page.title);
    // A page asked for later, in English, gets its texts in both languages the instance holds.
    await ensureFeatureTexts(i18n, ['drafts']);
    expect(i18n.getResource('en', 'translation', 'drafts')).toEqual(allMessagesEn.drafts);
    expect(i18n.getResource('ja', 'translation', 'drafts')).toEqual(allMessagesJa.drafts);
  });

  it("remembers a page's features by the instance, whichever copy of it a component holds", async () => {
    const i18n = await loadI18n('ja');
    // react-i18next's useTranslation() returns a copy of the instance (its own properties, the same store).
    const copy = Object.create(Object.getPrototypeOf(i18n), Object.getOwnPropertyDescriptors(i18n));
    await ensureFeatureTexts(copy, ['workshops']);
    await ensureMessages(i18n, 'en');
    expect(i18n.getResource('en', 'translation', 'workshops')).toEqual(allMessagesEn.workshops);
  });
});

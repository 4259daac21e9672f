import { useTranslation } from 'react-i18next';
import { LOCALES } from '@ipgn/contracts';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { ensureMessages } from '../../../shared/i18n/load-messages';
import { useChangeLanguage } from '../hooks/use-change-language';

/** 日本語 / English toggle; the current language is marked with aria-pressed and a visible underline. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const change = useChangeLanguage();
  const active = currentLocale(i18n);
  const prefetch = () => {
    for (const locale of LOCALES) if (locale !== active) void ensureMessages(i18n, locale).catch(() => undefined);
  };
  return (
    <div className="language-switcher">
      {/* Pointing at or tabbing into the switch fetches the other language's texts, so the switch itself is instant. */}
      <div
        role="group"
        aria-label={t('layout.language')}
        className="segmented"
        onPointerEnter={prefetch}
        onFocus={prefetch}
      >
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="button"
            lang={locale}
            className="segmented__button"
            aria-pressed={locale === active}
            onClick={() => {
              if (locale !== active) change.mutate(locale);
            }}
          >
            {t(`languages.${locale}`)}
          </button>
        ))}
      </div>
      {change.isError ? (
        <p role="alert" className="language-switcher__error">
          {t('layout.languageSaveFailed')}
        </p>
      ) : null}
    </div>
  );
}

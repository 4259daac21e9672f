import { useTranslation } from 'react-i18next';

/** Said when a facts form opened with typing restored from this device, with the way to drop it. */
export function RestoredFactsNotice({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <p>{t('drafts.facts.restored')}</p>
      <button type="button" className="button button--secondary button--small" onClick={onDiscard}>
        {t('drafts.facts.discardRestored')}
      </button>
    </div>
  );
}

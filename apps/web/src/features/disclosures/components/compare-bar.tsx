import { useTranslation } from 'react-i18next';

export interface CompareBarProps {
  count: number;
  onCompare: () => void;
  /** The title of the text a third choice unticked, if the last choice did. */
  replaced?: string;
}

/** Under a history: the compare button (enabled with two chosen) and how many are chosen, announced politely. */
export function CompareBar({ count, onCompare, replaced }: CompareBarProps) {
  const { t } = useTranslation();
  return (
    <div className="disclosure-compare-bar">
      <button type="button" className="button button--secondary" disabled={count !== 2} onClick={onCompare}>
        {t('disclosures.history.compare')}
      </button>
      <span className="muted" aria-live="polite">
        {t('disclosures.history.compareCount', { count })}
        {replaced ? (
          <>
            <br />
            {t('disclosures.history.compareReplaced', { title: replaced })}
          </>
        ) : null}
      </span>
    </div>
  );
}

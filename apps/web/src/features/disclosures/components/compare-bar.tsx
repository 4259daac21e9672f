import { useTranslation } from 'react-i18next';

export interface CompareBarProps {
  count: number;
  onCompare: () => void;
}

/** Under a history: the compare button (enabled with two chosen) and how many are chosen, announced politely. */
export function CompareBar({ count, onCompare }: CompareBarProps) {
  const { t } = useTranslation();
  return (
    <div className="disclosure-compare-bar">
      <button type="button" className="button button--secondary" disabled={count !== 2} onClick={onCompare}>
        {t('disclosures.history.compare')}
      </button>
      <span className="muted" aria-live="polite">
        {t('disclosures.history.compareCount', { count })}
      </span>
    </div>
  );
}

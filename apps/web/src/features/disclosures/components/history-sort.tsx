import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../shared/components/select-field';
import { DISCLOSURE_SORTS, disclosureSortOf, type DisclosureSort } from '../utils/sort-disclosures';

/** The order of the history, kept in the URL query (`?sort=score`; newest first needs no query). */
export function useHistorySort(): [DisclosureSort, (sort: DisclosureSort) => void] {
  const [params, setParams] = useSearchParams();
  const sort = disclosureSortOf(params.get('sort'));
  const change = (next: DisclosureSort) => {
    const query = new URLSearchParams(params);
    if (next === 'newest') query.delete('sort');
    else query.set('sort', next);
    setParams(query, { replace: true });
  };
  return [sort, change];
}

export interface HistorySortProps {
  sort: DisclosureSort;
  onChange: (sort: DisclosureSort) => void;
  /** Items loaded so far and in all: the order covers the loaded ones only while more remain on the server. */
  shown: number;
  total: number;
}

/** A native select (keyboard and screen reader work as usual) choosing newest first or score high → low. */
export function HistorySort({ sort, onChange, shown, total }: HistorySortProps) {
  const { t } = useTranslation();
  return (
    <div className="history-sort">
      <SelectField
        label={t('disclosures.history.sort')}
        value={sort}
        options={DISCLOSURE_SORTS.map((s) => ({ value: s, label: t(`disclosures.history.sorts.${s}`) }))}
        onChange={(value) => onChange(disclosureSortOf(value))}
      />
      {sort === 'score' && shown < total ? (
        <p className="muted" data-testid="history-sort-partial">
          {t('disclosures.history.sortLoaded', { shown, total })}
        </p>
      ) : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DISCLOSURE_LIST_SORTS, type DisclosureListSort } from '@ipgn/contracts';
import { SelectField } from '../../../shared/components/select-field';
import { disclosureSortOf } from '../utils/disclosure-sort-of';

const REMEMBERED = 'ipgn.historySort';

function remembered(): string | null {
  try {
    return sessionStorage.getItem(REMEMBERED);
  } catch {
    return null;
  }
}

/**
 * The order of the history, kept in the URL query (`?sort=score`; newest first needs no query) and remembered for
 * the tab, so that coming back through the navigation (a link without the query) keeps the order chosen (investor
 * walk: it had gone back to newest first).
 */
export function useHistorySort(): [DisclosureListSort, (sort: DisclosureListSort) => void] {
  const [params, setParams] = useSearchParams();
  const sort = disclosureSortOf(params.get('sort') ?? remembered());
  const change = (next: DisclosureListSort) => {
    try {
      sessionStorage.setItem(REMEMBERED, next);
    } catch {
      // Storage refused (private mode, quota): the URL still carries the order.
    }
    const query = new URLSearchParams(params);
    if (next === 'newest') query.delete('sort');
    else query.set('sort', next);
    setParams(query, { replace: true });
  };
  return [sort, change];
}

export interface HistorySortProps {
  sort: DisclosureListSort;
  onChange: (sort: DisclosureListSort) => void;
}

/**
 * A native select (keyboard and screen reader work as usual) choosing newest first or score high → low. The API
 * sorts every text before paging, so the order holds across "Load more".
 */
export function HistorySort({ sort, onChange }: HistorySortProps) {
  const { t } = useTranslation();
  return (
    <div className="history-sort">
      <SelectField
        label={t('disclosures.history.sort')}
        value={sort}
        options={DISCLOSURE_LIST_SORTS.map((s) => ({ value: s, label: t(`disclosures.history.sorts.${s}`) }))}
        onChange={(value) => onChange(disclosureSortOf(value))}
      />
    </div>
  );
}

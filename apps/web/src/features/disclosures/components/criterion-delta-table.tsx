import { useTranslation } from 'react-i18next';
import { bilingualText } from '../utils/bilingual-text';
import { formatDelta } from '../utils/format-delta';
import type { DisclosureCriterionDelta } from '@ipgn/disclosure-scoring';

export interface CriterionDeltaTableProps {
  criteria: readonly DisclosureCriterionDelta[];
}

const ICON = { improved: '▲', worsened: '▼', unchanged: '＝' } as const;

/** Level per criterion before and after, with the change as a signed number, an arrow and a word. */
export function CriterionDeltaTable({ criteria }: CriterionDeltaTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="delta-table">
      <caption>{t('disclosures.compare.criteria')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('disclosures.compare.criterion')}</th>
          <th scope="col">{t('disclosures.compare.before')}</th>
          <th scope="col">{t('disclosures.compare.after')}</th>
          <th scope="col">{t('disclosures.compare.change')}</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => {
          const trend = c.delta === null || c.delta === 0 ? 'unchanged' : c.delta > 0 ? 'improved' : 'worsened';
          return (
            <tr key={c.id} className={`delta-row delta-row--${trend}`} data-testid={`delta-${c.key}`}>
              <th scope="row">{bilingualText(c.name, i18n.language)}</th>
              <td>{c.from ?? t('disclosures.compare.notScored')}</td>
              <td>{c.to ?? t('disclosures.compare.notScored')}</td>
              <td>
                {c.delta === null ? (
                  t('disclosures.compare.notScored')
                ) : (
                  <>
                    <span aria-hidden="true" className="delta-row__icon">
                      {ICON[trend]}
                    </span>{' '}
                    {formatDelta(c.delta)} {t(`disclosures.compare.${trend}`)}
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

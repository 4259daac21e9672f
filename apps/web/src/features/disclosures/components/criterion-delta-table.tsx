import { useTranslation } from 'react-i18next';
import { bilingualText } from '../utils/bilingual-text';
import type { ComparisonKind } from '../utils/comparison-kind';
import { formatDelta } from '../utils/format-delta';
import type { DisclosureCriterionDelta } from '@ipgn/disclosure-scoring';

export interface CriterionDeltaTableProps {
  criteria: readonly DisclosureCriterionDelta[];
  /** Two versions of one document show a change (arrow and word); two documents only the difference B − A. */
  kind?: ComparisonKind;
}

const ICON = { improved: '▲', worsened: '▼', unchanged: '＝' } as const;

/**
 * Level per criterion before and after, with the change as a signed number, an arrow and a word — or, for two
 * different documents, the level of each and their difference without arrow or word.
 */
export function CriterionDeltaTable({ criteria, kind = 'versions' }: CriterionDeltaTableProps) {
  const { t, i18n } = useTranslation();
  const versions = kind === 'versions';
  return (
    <table className="delta-table">
      <caption>{t(versions ? 'disclosures.compare.criteria' : 'disclosures.compare.documents.criteria')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('disclosures.compare.criterion')}</th>
          <th scope="col">{t(versions ? 'disclosures.compare.before' : 'disclosures.compare.documents.a')}</th>
          <th scope="col">{t(versions ? 'disclosures.compare.after' : 'disclosures.compare.documents.b')}</th>
          <th scope="col">{t(versions ? 'disclosures.compare.change' : 'disclosures.compare.documents.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => {
          const trend = c.delta === null || c.delta === 0 ? 'unchanged' : c.delta > 0 ? 'improved' : 'worsened';
          return (
            <tr
              key={c.id}
              className={versions ? `delta-row delta-row--${trend}` : 'delta-row'}
              data-testid={`delta-${c.key}`}
            >
              <th scope="row">{bilingualText(c.name, i18n.language)}</th>
              <td>{c.from ?? t('disclosures.compare.notScored')}</td>
              <td>{c.to ?? t('disclosures.compare.notScored')}</td>
              <td>
                {c.delta === null ? (
                  t('disclosures.compare.notScored')
                ) : !versions ? (
                  formatDelta(c.delta)
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

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NotApplicableMark } from '../../../shared/components/not-applicable-mark';
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
 * different documents, the level of each and their difference without arrow or word. A side the text gave nothing to
 * judge shows "— 判断対象なし", and the change "— → 3" (or the reverse) with no number and no better/worse word.
 */
export function CriterionDeltaTable({ criteria, kind = 'versions' }: CriterionDeltaTableProps) {
  const { t, i18n } = useTranslation();
  const versions = kind === 'versions';
  const side = (level: number | null, notApplicable: boolean): ReactNode =>
    notApplicable ? <NotApplicableMark /> : (level ?? t('disclosures.compare.notScored'));
  /** "— → 3" for the eye; in words for a screen reader. */
  const notApplicableChange = (c: DisclosureCriterionDelta, from: number, to: number): ReactNode => {
    const fromNa = c.fromNotApplicable === true;
    const toNa = c.toNotApplicable === true;
    const words = (level: number, na: boolean) =>
      na ? t('disclosures.result.status.notApplicable') : t('disclosures.result.level', { score: level });
    return (
      <>
        <span aria-hidden="true">
          {t('disclosures.compare.notApplicableArrow', { from: fromNa ? '—' : from, to: toNa ? '—' : to })}
        </span>
        <span className="visually-hidden">
          {fromNa && toNa
            ? t('disclosures.compare.notApplicableBoth')
            : t('disclosures.compare.notApplicableChange', { from: words(from, fromNa), to: words(to, toNa) })}
        </span>
      </>
    );
  };
  const anyNotApplicable = criteria.some((c) => c.fromNotApplicable || c.toNotApplicable);
  return (
    <>
      <table className="delta-table">
        <caption>{t(versions ? 'disclosures.compare.criteria' : 'disclosures.compare.documents.criteria')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('disclosures.compare.criterion')}</th>
            {versions ? (
              <>
                <th scope="col">{t('disclosures.compare.before')}</th>
                <th scope="col">{t('disclosures.compare.after')}</th>
                <th scope="col">{t('disclosures.compare.change')}</th>
              </>
            ) : (
              (['a', 'b', 'difference'] as const).map((k) => (
                <th scope="col" key={k}>
                  {/* Read in full by a screen reader at any width; shown in full or short as the width allows. */}
                  <span className="visually-hidden">{t(`disclosures.compare.documents.${k}`)}</span>
                  <span className="delta-table__long" aria-hidden="true">
                    {t(`disclosures.compare.documents.${k}`)}
                  </span>
                  <span className="delta-table__short" aria-hidden="true">
                    {t(`disclosures.compare.documents.${k}Short`)}
                  </span>
                </th>
              ))
            )}
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => {
            const trend = c.delta === null || c.delta === 0 ? 'unchanged' : c.delta > 0 ? 'improved' : 'worsened';
            // Nothing to judge on a side, the criterion on both: no number, no trend (one side missing: not scored).
            const notJudged = c.fromNotApplicable === true || c.toNotApplicable === true;
            return (
              <tr
                key={c.id}
                className={versions && !notJudged ? `delta-row delta-row--${trend}` : 'delta-row'}
                data-testid={`delta-${c.key}`}
              >
                <th scope="row">{bilingualText(c.name, i18n.language)}</th>
                <td>{side(c.from, c.fromNotApplicable === true)}</td>
                <td>{side(c.to, c.toNotApplicable === true)}</td>
                <td>
                  {notJudged && c.from !== null && c.to !== null ? (
                    notApplicableChange(c, c.from, c.to)
                  ) : c.delta === null ? (
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
      {anyNotApplicable ? (
        <p className="muted" data-testid="delta-not-applicable-note">
          {t('disclosures.compare.notApplicableNote')}
        </p>
      ) : null}
    </>
  );
}

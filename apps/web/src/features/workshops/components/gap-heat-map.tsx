import { useTranslation } from 'react-i18next';
import { GGL_ACTIONS } from '@ipgn/assessment';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { heatLevel } from '../utils/heat-level';
import type { WorkshopResults } from '@ipgn/workshops';

export interface GapHeatMapProps {
  results: WorkshopResults;
}

/** Department × GGL action mean maturity: a real table, every cell printed as a number as well as coloured. */
export function GapHeatMap({ results }: GapHeatMapProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { departments, actions, cells } = results.heatMap;
  const label = (id: number) => GGL_ACTIONS.find((a) => a.id === id)?.label[locale] ?? String(id);
  if (actions.length === 0) return <p>{t('workshops.gaps.noActions')}</p>;
  return (
    <div className="heat-map">
      <table className="data-table heat-map__table">
        <caption id="heat-map-caption">{t('workshops.gaps.heatMapCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshops.console.department')}</th>
            {actions.map((a) => (
              <th key={a} scope="col">
                {t('workshops.gaps.actionHeader', { id: a, label: label(a) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => (
            <tr key={d}>
              <th scope="row">{t(`workshops.departments.${d}`)}</th>
              {actions.map((a) => {
                const mean = cells.find((c) => c.department === d && c.action === a)?.mean ?? null;
                const level = heatLevel(mean);
                return (
                  <td
                    key={a}
                    className={
                      level === null
                        ? 'heat-map__cell heat-map__cell--empty'
                        : `heat-map__cell heat-map__cell--${level}`
                    }
                  >
                    {mean === null ? t('workshops.console.noValue') : mean}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('workshops.gaps.heatMapHint', { min: results.minGroupSize })}</p>
    </div>
  );
}

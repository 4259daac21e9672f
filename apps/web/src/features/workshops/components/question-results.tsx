import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { answerChoices } from '../utils/answer-choices';
import type { WorkshopQuestion } from '../utils/workshop-question';
import type { QuestionResult } from '@ipgn/workshops';
import type { WorkshopDepartment } from '@ipgn/contracts';

export interface QuestionResultsProps {
  question: WorkshopQuestion;
  result: QuestionResult | undefined;
  departments: readonly WorkshopDepartment[];
  minGroupSize: number;
}

const percent = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 100));

/** The distribution of one question overall (bars with numbers) and per department (a table with means). */
export function QuestionResults({ question, result, departments, minGroupSize }: QuestionResultsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const choices = answerChoices(question, locale, (level) => t('workshops.levelShort', { level }));
  const total = result?.total ?? null;
  const shown = new Map((result?.departments ?? []).map((d) => [d.department, d]));

  return (
    <div className="console-results">
      <h3>{t('workshops.console.distribution')}</h3>
      {total === null ? (
        <p>{t('workshops.console.withheld', { min: minGroupSize })}</p>
      ) : (
        <ul className="distribution" aria-label={t('workshops.console.distribution')}>
          {choices.map((c) => {
            const count = total.distribution.find((d) => d.key === c.key)?.count ?? 0;
            return (
              <li key={c.key} className="distribution__row">
                <span className="distribution__label">{c.label}</span>
                <span className="distribution__bar" aria-hidden="true">
                  <span className="distribution__fill" style={{ width: `${percent(count, total.respondents)}%` }} />
                </span>
                <span className="distribution__value">
                  {t('workshops.console.countPercent', { count, percent: percent(count, total.respondents) })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {total?.mean != null ? (
        <p className="console-results__mean">{t('workshops.console.mean', { mean: total.mean })}</p>
      ) : null}
      <table className="data-table console-results__departments">
        <caption>{t('workshops.console.byDepartment')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshops.console.department')}</th>
            <th scope="col">{t('workshops.console.respondents')}</th>
            <th scope="col">{t('workshops.console.meanColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => {
            const row = shown.get(d);
            return (
              <tr key={d}>
                <th scope="row">{t(`workshops.departments.${d}`)}</th>
                <td>{row ? row.respondents : t('workshops.console.hiddenSmall', { min: minGroupSize })}</td>
                <td>{row?.mean != null ? row.mean : t('workshops.console.noValue')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {result && result.spread !== null && result.highest && result.lowest ? (
        <p>
          {t('workshops.console.questionGap', {
            spread: result.spread,
            highest: t(`workshops.departments.${result.highest}`),
            lowest: t(`workshops.departments.${result.lowest}`),
          })}
        </p>
      ) : null}
    </div>
  );
}

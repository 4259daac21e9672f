import { useTranslation } from 'react-i18next';
import type { AssessmentModule, AssessmentResult, Question } from '@ipgn/assessment';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { formatScore } from '../utils/format-score';
import { questionPrompts } from '../utils/question-prompts';

/** Current against target per module or question, and what was left out of scope with its reason. */
export function ResultsTargetsSection({
  result,
  modules,
  questions,
}: {
  result: AssessmentResult;
  modules: readonly AssessmentModule[] | undefined;
  /** The round's bank, for the prompts (from the API). */
  questions: readonly Question[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const score = (s: number | null) => formatScore(s) ?? t('assessment.results.noScore');
  const prompt = questionPrompts(questions, locale);
  const excludedName = (kind: 'module' | 'question', id: string) =>
    kind === 'module' ? (modules?.find((m) => m.id === id)?.title[locale] ?? id) : prompt(id);
  return (
    <>
      {result.targets.length > 0 ? (
        <>
          <h2 id="results-targets-title">{t('assessment.targets.title')}</h2>
          <div className="table-scroll" role="region" aria-labelledby="results-targets-title" tabIndex={0}>
            <table className="table results__score-table" data-testid="targets-table">
              <thead>
                <tr>
                  <th scope="col">{t('assessment.targets.dimension')}</th>
                  <th scope="col">{t('assessment.targets.current')}</th>
                  <th scope="col">{t('assessment.targets.target')}</th>
                  <th scope="col">{t('assessment.targets.gap')}</th>
                </tr>
              </thead>
              <tbody>
                {result.targets.map((x) => (
                  <tr key={`${x.dimension}-${x.id}`}>
                    <th scope="row">{x.label[locale]}</th>
                    <td>{score(x.current)}</td>
                    <td>{score(x.target)}</td>
                    <td>{x.gap === null ? t('assessment.results.noScore') : Math.round(x.gap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {result.excluded.length > 0 ? (
        <>
          <h2>{t('assessment.targets.excludedTitle')}</h2>
          <ul data-testid="excluded-list">
            {result.excluded.map((x) => (
              <li key={`${x.kind}-${x.id}`}>
                {t('assessment.targets.excludedItem', {
                  what: excludedName(x.kind, x.id),
                  reason: x.reason,
                  count: x.questionIds.length,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { AssessmentResult, Question } from '@ipgn/assessment';
import { Link } from 'react-router';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { formatScore } from '../utils/format-score';
import { questionPrompts } from '../utils/question-prompts';

const GGL_ACTION_ANCHOR = 'https://www.kantei.go.jp/jp/singi/titeki2/tyousakai/tousi_kentokai/index.html';

/** Strengths and gaps side by side, the action plan (the gap to target drives priority), and the findings. */
export function ResultsFindingsSection({
  result,
  questions,
  questionLink,
}: {
  result: AssessmentResult;
  /** The round's bank, for the prompts (from the API). */
  questions: readonly Question[] | undefined;
  questionLink: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const score = (s: number | null) => formatScore(s) ?? t('assessment.results.noScore');
  const prompt = questionPrompts(questions, locale);
  return (
    <>
      <div className="results__columns">
        {(['strengths', 'gaps'] as const).map((kind) => {
          const list = result[kind];
          return (
            <div key={kind}>
              <h2>{t(`assessment.results.${kind}`)}</h2>
              {list.length === 0 ? (
                <p>{t(kind === 'strengths' ? 'assessment.results.noStrengths' : 'assessment.results.noGaps')}</p>
              ) : null}
              <ul>
                {list.map((s) => (
                  <li key={`${s.dimension}-${s.id}`}>
                    <strong>{s.label[locale]}</strong>
                    {t('assessment.results.scoreInline', { score: score(s.score) })}
                    {t('assessment.results.basedOn')} {s.questionIds.map(prompt).join(' / ')}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>

      <h2>{t('assessment.results.planTitle')}</h2>
      {result.actionPlan.length === 0 ? <p>{t('assessment.results.noPlan')}</p> : null}
      <ol className="results__plan" data-testid="action-plan">
        {result.actionPlan.map((item) => {
          const action =
            item.gglAction === null ? undefined : result.byGglAction.find((a) => a.id === String(item.gglAction));
          return (
            <li key={item.ruleId} className="card">
              <h3>{item.title[locale]}</h3>
              <p>
                {t('assessment.results.priority')}: {t(`assessment.results.priorityValue.${item.priority}`)} ·{' '}
                {t('assessment.results.effort')}: {t(`assessment.results.effortValue.${item.effort}`)}
              </p>
              {action ? (
                <p>
                  <a href={GGL_ACTION_ANCHOR} target="_blank" rel="noreferrer">
                    {t('assessment.results.gglAction', { id: action.id, label: action.label[locale] })}
                  </a>
                </p>
              ) : null}
              <p>
                <strong>{t('assessment.results.nextStep')}:</strong> {item.nextStep[locale]}
              </p>
              {item.targetGap !== null ? (
                <p>{t('assessment.targets.planGap', { gap: Math.round(item.targetGap) })}</p>
              ) : null}
              {item.triggeredBy.length > 0 ? (
                <details>
                  <summary>{t('assessment.results.triggeredBy')}</summary>
                  <ul>
                    {item.triggeredBy.map((trigger) => (
                      <li key={trigger.questionId}>
                        <Link to={questionLink(trigger.questionId)}>{prompt(trigger.questionId)}</Link> (
                        {score(trigger.maturity)})
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>

      {result.findings.length > 0 ? (
        <>
          <h2>{t('assessment.results.findings')}</h2>
          <ul>
            {result.findings.map((f) => (
              <li key={f.ruleId}>{f.message[locale]}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

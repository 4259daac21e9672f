import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { answerChoices } from '../utils/answer-choices';
import type { ParticipantWorkshopView, QuestionResult } from '@ipgn/workshops';

export interface ParticipantResultsProps {
  question: NonNullable<ParticipantWorkshopView['currentQuestion']>;
  result: QuestionResult | null;
}

/** The room's answers to the current question, as the facilitator shows them (published figures only). */
export function ParticipantResults({ question, result }: ParticipantResultsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const total = result?.total;
  if (!total) return <p role="status">{t('workshops.participant.resultsPending')}</p>;
  const choices = answerChoices(question, locale, (level) => t('workshops.levelShort', { level }));
  const count = (key: string) => total.distribution.find((d) => d.key === key)?.count ?? 0;
  return (
    <section aria-labelledby="participant-results" className="participant__results">
      <h2 id="participant-results">{t('workshops.participant.resultsTitle')}</h2>
      <ul>
        {choices.map((c) => {
          const n = count(c.key);
          const percent = total.respondents ? Math.round((n / total.respondents) * 100) : 0;
          return (
            <li key={c.key}>
              {c.label}: {t('workshops.console.countPercent', { count: n, percent })}
            </li>
          );
        })}
      </ul>
      {total.mean !== null ? <p>{t('workshops.console.mean', { mean: total.mean })}</p> : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import type { PublicQuestion } from '@ipgn/contracts';
import { formatDate } from '../../../shared/i18n/format';

/** Questions and answers the company made public. */
export function PublicQuestions({ questions }: { questions: readonly PublicQuestion[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <section aria-labelledby="public-qa-title">
      <h2 id="public-qa-title">{t('publicDisclosures.company.qa')}</h2>
      {questions.length === 0 ? <p>{t('publicDisclosures.company.noQa')}</p> : null}
      <ul className="list">
        {questions.map((q) => (
          <li key={q.id} className="panel" data-testid="public-qa">
            <dl>
              <dt>{t('publicDisclosures.company.question')}</dt>
              <dd>{q.question}</dd>
              <dt>{t('publicDisclosures.company.answer')}</dt>
              <dd>
                {q.answer} <span className="muted">{formatDate(q.answeredAt, locale)}</span>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

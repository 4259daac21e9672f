import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/utils/error-message';
import { useSecondOpinion, type SecondOpinionTarget } from '../hooks/use-second-opinion';
import { AI_MARK } from '../../../shared/utils/ai-mark';

export interface SecondOpinionPanelProps {
  target: SecondOpinionTarget;
}

/**
 * The optional LLM second opinion, beside the rule-based judgement and labelled as an LLM's opinion: its label, the
 * rubric's features with the quotes found verbatim in the text, its reason (unchecked), and how many quotes it made up.
 * Shown only when the operator configured an endpoint and the user may score (an organization's judgement) or owns
 * the check (an investor's); errors read "second opinion unavailable".
 */
export function SecondOpinionPanel({ target }: SecondOpinionPanelProps) {
  const { t } = useTranslation();
  const opinion = useSecondOpinion(target);
  const titleId = useId();
  const result = opinion.data;
  return (
    <section aria-labelledby={titleId} className="panel second-opinion" data-testid="second-opinion">
      <h2 id={titleId}>
        <span aria-hidden="true" className="second-opinion__icon">
          {AI_MARK}
        </span>
        {t('disclosures.secondOpinion.heading')}
      </h2>
      <p className="field__hint">{t('disclosures.secondOpinion.intro')}</p>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={opinion.isPending}
        onClick={() => opinion.mutate()}
      >
        {t('disclosures.secondOpinion.request')}
      </button>
      <p role="status" aria-live="polite" className="muted">
        {opinion.isPending ? t('disclosures.secondOpinion.loading') : null}
      </p>
      {opinion.isError ? (
        <div role="alert" className="notice notice--error">
          <p>{t('disclosures.secondOpinion.unavailable', { message: errorMessage(opinion.error, t) })}</p>
        </div>
      ) : null}
      {result ? (
        <div className="second-opinion__result">
          <p className="second-opinion__label">
            {t('disclosures.secondOpinion.label')} ·{' '}
            {t('disclosures.secondOpinion.verdict', { label: t(`disclosures.secondOpinion.labels.${result.label}`) })}
          </p>
          <p className="field__hint">{t('disclosures.secondOpinion.model', { model: result.model })}</p>
          <h3>{t('disclosures.secondOpinion.features')}</h3>
          <ul className="second-opinion__features">
            {result.features.map((f) => (
              <li key={f.id} data-present={f.present}>
                <span aria-hidden="true">{f.present ? '●' : '○'}</span>{' '}
                {t(`disclosures.secondOpinion.featureNames.${f.id}`)}:{' '}
                <strong>
                  {f.present ? t('disclosures.secondOpinion.present') : t('disclosures.secondOpinion.absent')}
                </strong>
                {f.claimed && !f.present ? (
                  <span className="muted"> — {t('disclosures.secondOpinion.claimedWithoutQuote')}</span>
                ) : null}
                {f.evidence.length > 0 ? (
                  <ul>
                    {f.evidence.map((e) => (
                      <li key={`${e.start}:${e.end}`}>
                        <q>{e.text}</q>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          {result.droppedQuotes > 0 ? (
            <p className="muted">{t('disclosures.secondOpinion.dropped', { count: result.droppedQuotes })}</p>
          ) : null}
          {result.reason ? (
            <>
              <h3>{t('disclosures.secondOpinion.reason')}</h3>
              <p>{result.reason}</p>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

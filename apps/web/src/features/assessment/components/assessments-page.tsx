import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { suggestTrack, TRACKS, type Track } from '@ipgn/assessment';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useOrganization } from '../../organizations/hooks/use-organization';
import { useAssessments } from '../hooks/use-assessments';
import { useStartAssessment } from '../hooks/use-start-assessment';
import { LoadMore } from '../../../shared/components/load-more';

// The track choice uses the questionnaire's option layout (radio beside its text, one per line).
import '../assessment.css';

/** The organization's rounds, and starting a new one (the SME track is suggested for SMEs and startups). */
export function AssessmentsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const navigate = useNavigate();
  const { orgId, can } = useCurrentMembership();
  const rounds = useAssessments(orgId);
  const organization = useOrganization(orgId);
  const start = useStartAssessment(orgId);
  const suggestion = organization.data ? suggestTrack(organization.data) : undefined;
  const [chosen, setChosen] = useState<Track | undefined>(undefined);
  const track = chosen ?? suggestion?.track ?? 'sme';

  if (rounds.isPending) return <LoadingState />;
  if (rounds.isError) return <QueryErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />;
  // A track with a round still being answered cannot start another: say so, and lead to that round.
  const openRounds = new Map(rounds.items.filter((r) => r.status === 'draft').map((r) => [r.track, r] as const));
  const openTracks = new Set(openRounds.keys());
  const blocking = openRounds.get(track);
  const startReasonId = 'assessment-start-reason';

  return (
    <section className="page assessment-list" aria-labelledby="assessment-list-title">
      <h1 id="assessment-list-title">{t('assessment.list.title')}</h1>
      <p>{t('assessment.list.intro')}</p>
      {can('assessment:manage') ? (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            start.mutate(track, { onSuccess: (detail) => void navigate(`/o/${orgId}/assessments/${detail.id}`) });
          }}
        >
          <h2>{t('assessment.start.title')}</h2>
          <fieldset>
            <legend>{t('assessment.start.legend')}</legend>
            {TRACKS.map((option) => (
              <label key={option} className="question__option">
                <input
                  type="radio"
                  name="track"
                  value={option}
                  checked={track === option}
                  onChange={() => setChosen(option)}
                />
                <span>
                  <strong>{t(`assessment.track.${option}`)}</strong>
                  {suggestion?.track === option ? (
                    <span className="badge"> {t('assessment.start.suggested')}</span>
                  ) : null}
                  <br />
                  {t(`assessment.start.trackHelp.${option}`)}
                  {openTracks.has(option) ? (
                    <>
                      <br />
                      <span className="hint">
                        {t('assessment.start.openRoundShort', { round: openRounds.get(option)?.round ?? '' })}
                      </span>
                    </>
                  ) : null}
                </span>
              </label>
            ))}
          </fieldset>
          {suggestion ? <p className="hint">{suggestion.reason[locale]}</p> : null}
          <p className="hint">{t('assessment.start.copyNote')}</p>
          {start.isError ? <FormErrorAlert error={start.error} /> : null}
          {blocking ? (
            <p id={startReasonId} className="notice notice--info" data-testid="start-disabled-reason">
              {t('assessment.start.openRound', { round: blocking.round, track: t(`assessment.track.${track}`) })}{' '}
              <Link to={`/o/${orgId}/assessments/${blocking.id}`}>
                {t('assessment.start.openRoundLink', { round: blocking.round })}
              </Link>
            </p>
          ) : null}
          <button
            type="submit"
            className="button"
            disabled={start.isPending || blocking !== undefined}
            aria-describedby={blocking ? startReasonId : undefined}
          >
            {start.isPending ? t('assessment.start.submitting') : t('assessment.start.submit')}
          </button>
        </form>
      ) : (
        <p className="notice notice--info" data-testid="start-not-allowed">
          {t('assessment.start.notAllowed')}
        </p>
      )}
      <h2>{t('assessment.list.rounds')}</h2>
      {rounds.items.length === 0 ? (
        <p>{t('assessment.list.empty')}</p>
      ) : (
        <ul className="assessment-list__rounds">
          {rounds.items.map((r) => (
            <li key={r.id} className="card">
              <h3>{t('assessment.list.roundLabel', { round: r.round, track: t(`assessment.track.${r.track}`) })}</h3>
              <p>
                {t(`assessment.status.${r.status}`)} ·{' '}
                {t('assessment.list.progress', { answered: r.progress.answered, visible: r.progress.visible })}
              </p>
              <p className="button-row assessment-list__links">
                {r.status === 'draft' ? (
                  <Link
                    className="button"
                    to={`/o/${orgId}/assessments/${r.id}`}
                    aria-label={t('assessment.list.continueLabel', { round: r.round })}
                  >
                    {t('assessment.list.continue')}
                  </Link>
                ) : null}
                <Link
                  className="button button--secondary"
                  to={`/o/${orgId}/assessments/${r.id}/results`}
                  aria-label={t('assessment.list.resultsLabel', { round: r.round })}
                >
                  {t('assessment.list.results')}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        shown={rounds.items.length}
        total={rounds.total}
        hasMore={rounds.hasNextPage}
        loading={rounds.isFetchingNextPage}
        onLoadMore={() => void rounds.fetchNextPage()}
      />
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { StatusMessage } from '../../../shared/components/status-message';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { industryLabel } from '../../organizations/utils/industry-label';
import { useBenchmarkParticipation, useSetBenchmarkParticipation } from '../hooks/use-benchmark-participation';
import '../benchmark.css';
import { formatDate } from '../../../shared/i18n/format';

export interface BenchmarkParticipationPanelProps {
  orgId: string;
  /** Owners and admins (organization:update) may switch it; everyone else reads the state. */
  editable: boolean;
}

/** Organization settings: opt in to or out of the anonymous industry benchmark, with what is and is not shared. */
export function BenchmarkParticipationPanel({ orgId, editable }: BenchmarkParticipationPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const participation = useBenchmarkParticipation(orgId);
  const update = useSetBenchmarkParticipation(orgId);
  const [done, setDone] = useState<'joined' | 'left' | null>(null);
  const view = participation.data;
  const switchTo = (optedIn: boolean) => {
    setDone(null);
    update.mutate(optedIn, { onSuccess: () => setDone(optedIn ? 'joined' : 'left') });
  };

  return (
    <section
      className="card benchmark-participation"
      aria-labelledby="benchmark-participation-title"
      data-testid="benchmark-participation"
    >
      <h2 id="benchmark-participation-title">{t('benchmark.participation.title')}</h2>
      <p>{t('benchmark.participation.intro')}</p>
      <dl className="benchmark-participation__facts">
        <dt>{t('benchmark.participation.sharedTitle')}</dt>
        <dd>{t('benchmark.participation.shared')}</dd>
        <dt>{t('benchmark.participation.notSharedTitle')}</dt>
        <dd>{t('benchmark.participation.notShared')}</dd>
        <dt>{t('benchmark.participation.howTitle')}</dt>
        <dd>
          {t('benchmark.participation.how')} {t('benchmark.participation.reciprocity')}
        </dd>
      </dl>
      {participation.isError ? (
        <QueryErrorState error={participation.error} onRetry={() => void participation.refetch()} />
      ) : null}
      {view ? (
        <>
          <p className="benchmark-participation__status" data-testid="benchmark-status">
            <strong>
              {view.optedIn
                ? t('benchmark.participation.statusIn', {
                    date: view.optedInAt ? formatDate(view.optedInAt, locale) : '',
                    name: view.optedInBy?.displayName ?? '',
                  })
                : t('benchmark.participation.statusOut')}
            </strong>
          </p>
          {view.industry ? (
            <p className="hint">
              {t('benchmark.participation.cell', {
                industry: industryLabel(view.industry, locale) ?? view.industry,
                size: t(`companySizes.${view.sizeBand}` as 'companySizes.large'),
              })}
            </p>
          ) : (
            <p className="notice notice--info">{t('benchmark.participation.needsIndustry')}</p>
          )}
          {editable ? (
            <button
              type="button"
              className={view.optedIn ? 'button button--secondary' : 'button button--primary'}
              disabled={update.isPending || (!view.optedIn && !view.industry)}
              onClick={() => switchTo(!view.optedIn)}
            >
              {view.optedIn ? t('benchmark.participation.leave') : t('benchmark.participation.join')}
            </button>
          ) : (
            <p className="hint">{t('benchmark.participation.adminOnly')}</p>
          )}
          <FormErrorAlert error={update.error} />
          <StatusMessage>{done ? t(`benchmark.participation.${done}`) : null}</StatusMessage>
        </>
      ) : null}
    </section>
  );
}

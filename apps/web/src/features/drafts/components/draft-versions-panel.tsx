import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { useDraftVersions } from '../hooks/use-draft-versions';
import { formatDateTime } from '../../../shared/i18n/format';

export interface DraftVersionsPanelProps {
  orgId: string;
  draftId: string;
  currentVersion: number;
}

/** Version history (newest first); choosing two versions opens their comparison (DraftComparePage). */
export function DraftVersionsPanel({ orgId, draftId, currentVersion }: DraftVersionsPanelProps) {
  const { t } = useTranslation();
  const versions = useDraftVersions(orgId, draftId, currentVersion);
  const [from, setFrom] = useState(Math.max(1, currentVersion - 1));
  const [to, setTo] = useState(currentVersion);
  const navigate = useNavigate();
  const fromId = useId();
  const toId = useId();
  const compare = (event: FormEvent) => {
    event.preventDefault();
    // Full width on its own page, the older version on the left (the page can swap them).
    void navigate(`/o/${orgId}/drafts/${draftId}/compare/${Math.min(from, to)}/${Math.max(from, to)}`);
  };
  const list = versions.data ?? [];
  return (
    <section aria-labelledby="draft-versions-title" className="panel">
      <h2 id="draft-versions-title">{t('drafts.versions.heading')}</h2>
      {versions.isPending ? <LoadingState /> : null}
      {versions.isError ? <QueryErrorState error={versions.error} onRetry={() => void versions.refetch()} /> : null}
      <ol className="list" reversed>
        {list.map((v) => (
          <li key={v.version} data-testid={`draft-version-${v.version}`}>
            {t('drafts.versions.item', {
              version: v.version,
              date: formatDateTime(v.createdAt),
              name: v.createdBy?.displayName ?? t('drafts.comments.unknown'),
            })}
            {' · '}
            {v.overall !== null
              ? t('drafts.versions.score', { overall: v.overall })
              : t('drafts.versions.slots', { count: v.slots })}
            {v.note ? <span className="muted">{t('drafts.versions.note', { note: v.note })}</span> : null}
          </li>
        ))}
      </ol>
      {list.length < 2 ? (
        <p className="muted">{t('drafts.versions.needTwo')}</p>
      ) : (
        <form className="inline-form" onSubmit={compare}>
          <label htmlFor={fromId}>{t('drafts.versions.from')}</label>
          <select
            id={fromId}
            className="field__input field__select"
            value={from}
            onChange={(e) => setFrom(Number(e.target.value))}
          >
            {list.map((v) => (
              <option key={v.version} value={v.version}>
                {t('drafts.versions.option', { version: v.version })}
              </option>
            ))}
          </select>
          <label htmlFor={toId}>{t('drafts.versions.to')}</label>
          <select
            id={toId}
            className="field__input field__select"
            value={to}
            onChange={(e) => setTo(Number(e.target.value))}
          >
            {list.map((v) => (
              <option key={v.version} value={v.version}>
                {t('drafts.versions.option', { version: v.version })}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {t('drafts.versions.compare')}
          </button>
        </form>
      )}
    </section>
  );
}

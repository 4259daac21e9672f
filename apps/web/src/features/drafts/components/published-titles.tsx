import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationRef } from '@ipgn/contracts';
import { LoadingState } from '../../../shared/components/loading-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { lazyNamed } from '../../../shared/utils/lazy-named';
import { formatDate } from '../../../shared/i18n/format';

// Loaded when a title is renamed (react-hook-form is not part of the draft editor's first load: issue 15's budget).
const RenamePublicationForm = lazyNamed(() => import('./rename-publication-form'), 'RenamePublicationForm');

/** The draft's published versions with the titles investors read; members who may publish rename them. */
export function PublishedTitles({
  orgId,
  draftId,
  publications,
  canRename,
}: {
  orgId: string;
  draftId: string;
  publications: PublicationRef[];
  canRename: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [editing, setEditing] = useState<string | null>(null);
  if (publications.length === 0) return null;
  return (
    <section aria-labelledby={`published-titles-${draftId}`} className="published-titles">
      <h3 id={`published-titles-${draftId}`}>{t('drafts.published.heading')}</h3>
      <ul className="list">
        {[...publications].reverse().map((p) => (
          <li key={p.publicationId} data-testid="published-title">
            {editing === p.publicationId ? (
              <Suspense fallback={<LoadingState />}>
                <RenamePublicationForm
                  orgId={orgId}
                  draftId={draftId}
                  publication={p}
                  onDone={() => setEditing(null)}
                />
              </Suspense>
            ) : (
              <p>
                <strong>{p.title}</strong>{' '}
                <span className="muted">
                  {t('drafts.published.meta', { version: p.version, date: formatDate(p.publishedAt, locale) })}
                </span>{' '}
                {canRename ? (
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => setEditing(p.publicationId)}
                    aria-label={t('drafts.published.renameLabel', { version: p.version })}
                  >
                    {t('drafts.published.rename')}
                  </button>
                ) : null}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

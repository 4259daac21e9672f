import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useDraftDiff } from '../hooks/use-draft-diff';
import { ParagraphDiffView } from './paragraph-diff-view';
import '../drafts.css';

/** Two versions of a draft side by side, full width, as in a word processor's "compare": older left unless swapped. */
export function DraftComparePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orgId = '', draftId = '', from = '', to = '' } = useParams();
  const pair = { from: Number(from), to: Number(to) };
  const valid = Number.isInteger(pair.from) && Number.isInteger(pair.to) && pair.from > 0 && pair.to > 0;
  const diff = useDraftDiff(orgId, draftId, valid ? pair : null);
  usePageTitle(t('drafts.compare.title', { from: pair.from, to: pair.to }));
  const fromLabel = t('drafts.versions.option', { version: pair.from });
  const toLabel = t('drafts.versions.option', { version: pair.to });
  const changed = diff.data?.sections.filter((s) => s.changed) ?? [];
  return (
    <section aria-labelledby="draft-compare-title" className="page">
      <p>
        <Link to={`/o/${orgId}/drafts/${draftId}`}>{t('drafts.compare.back')}</Link>
      </p>
      <h1 id="draft-compare-title">{t('drafts.compare.title', { from: pair.from, to: pair.to })}</h1>
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void navigate(`/o/${orgId}/drafts/${draftId}/compare/${pair.to}/${pair.from}`, { replace: true })
          }
        >
          {t('drafts.compare.swap')}
        </button>
      </p>
      {diff.isPending && valid ? <LoadingState /> : null}
      {diff.isError ? <QueryErrorState error={diff.error} onRetry={() => void diff.refetch()} /> : null}
      {diff.data ? (
        <div data-testid="draft-diff">
          {diff.data.overallDelta !== null ? (
            <p>
              {t('drafts.versions.delta', {
                delta: diff.data.overallDelta > 0 ? `+${diff.data.overallDelta}` : String(diff.data.overallDelta),
              })}
            </p>
          ) : null}
          <p className="muted">
            {changed.length === 0
              ? t('drafts.compare.noChanges')
              : t('drafts.compare.changedSections', { count: changed.length })}
          </p>
          {diff.data.sections.map((s) => (
            <section key={s.sectionId} aria-labelledby={`diff-${s.sectionId}`} className="panel">
              <h2 id={`diff-${s.sectionId}`}>{s.heading}</h2>
              {s.changed ? (
                <ParagraphDiffView paragraphs={s.paragraphs} fromLabel={fromLabel} toLabel={toLabel} />
              ) : (
                <details>
                  <summary>{t('drafts.versions.unchanged')}</summary>
                  <ParagraphDiffView paragraphs={s.paragraphs} fromLabel={fromLabel} toLabel={toLabel} />
                </details>
              )}
            </section>
          ))}
        </div>
      ) : null}
    </section>
  );
}

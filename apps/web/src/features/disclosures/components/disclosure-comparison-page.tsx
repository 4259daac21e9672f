import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { DisclosurePeriod } from '@ipgn/contracts';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useDisclosureComparison } from '../hooks/use-disclosure-comparison';
import { comparisonFallback, comparisonKind } from '../utils/comparison-kind';
import { CompareOverall } from './compare-overall';
import { GradedScoreBadge } from './graded-score-badge';
import { CriterionDeltaTable } from './criterion-delta-table';
import { ScoreMeaning } from '../../../shared/components/score-meaning';
import { TextDiff } from './text-diff';
import '../disclosures.css';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';
import { formatDateTime } from '../../../shared/i18n/format';
import { checkTitle } from '../utils/check-title';

/**
 * Two saved scores side by side — an organization's (`/o/:orgId/disclosures/compare/…`) or an investor's own checks
 * (`/investor/checks/compare/…`). Two versions of one document (same type, titles differing only in the period):
 * overall change, change per criterion, sentence diff. Two different documents (for an investor, usually two
 * companies): document A and B, their scores and differences, no "improved"/"worse" and no sentence diff — with the
 * reason (type or title), and a link to compare them as versions after all (`?as=versions`, kept in the address so
 * Back and reload keep it).
 */
export function DisclosureComparisonPage() {
  const { t } = useTranslation();
  usePageTitle(t('disclosures.compare.title'));
  const { orgId, fromId = '', toId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const order = params.get('order') === 'given' ? 'given' : 'document';
  const asVersions = params.get('as') === 'versions';
  // Whose judgements: the organization's in its pages, the investor's own under /investor.
  const listPath = orgId ? `/o/${orgId}/disclosures` : '/investor/checks';
  const backLabel = t(orgId ? 'disclosures.compare.back' : 'disclosures.checks.back');
  const comparison = useDisclosureComparison(orgId ? { orgId } : null, fromId, toId, order);
  // A check without a title is named by its company and document type, in the reader's language.
  const named = (d: DisclosureSummary): DisclosureSummary & { untitled: boolean } =>
    orgId
      ? { ...d, untitled: false }
      : { ...d, title: checkTitle(d, t), untitled: d.title.trim() === '' && !(d.companyName ?? '').trim() };
  const data = comparison.data
    ? { ...comparison.data, from: named(comparison.data.from), to: named(comparison.data.to) }
    : undefined;
  // Why the two were not taken for versions (null when they were); the user may say they are.
  const fallback = data ? comparisonFallback(data.from, data.to) : null;
  const kind = asVersions ? 'versions' : data ? comparisonKind(data.from, data.to) : 'versions';
  // The link that switched the view is replaced by the other one: focus the box that says which view this is.
  const kindRef = useRef<HTMLDivElement>(null);
  const shownAs = useRef(asVersions);
  useEffect(() => {
    if (shownAs.current === asVersions) return;
    shownAs.current = asVersions;
    kindRef.current?.focus({ preventScroll: true });
  }, [asVersions]);
  /** This view's address with `as` set or dropped (the order kept). */
  const withAs = (versions: boolean): { search: string } => {
    const next = new URLSearchParams(params);
    if (versions) next.set('as', 'versions');
    else next.delete('as');
    const query = next.toString();
    return { search: query ? `?${query}` : '' };
  };

  // A document with no period read shows none: most pasted texts never had one (the order line says it once).
  const periodLabel = (p: DisclosurePeriod) =>
    p.month === null
      ? t('disclosures.compare.periodYear', { year: p.year })
      : t('disclosures.compare.periodMonth', { year: p.year, month: p.month });
  const orderLine = (): string => {
    if (!data) return '';
    if (kind === 'documents') return t('disclosures.compare.documents.order');
    if (data.order === 'given') return t('disclosures.compare.orderGiven');
    return data.fromPeriod && data.toPeriod
      ? t('disclosures.compare.orderDocument')
      : t('disclosures.compare.orderScoredAt');
  };

  const side = (label: string, d: DisclosureSummary, period: DisclosurePeriod | null) => (
    <div className="compare-side">
      <dt>{label}</dt>
      <dd>
        <Link to={`${listPath}/${d.id}`}>{d.title}</Link>
        {period ? <span className="compare-side__period"> {periodLabel(period)}</span> : null}
        <span className="muted"> · {formatDateTime(d.createdAt)}</span>
        <GradedScoreBadge summary={d} />
      </dd>
    </div>
  );

  return (
    <section aria-labelledby="disclosure-compare-title" className="page">
      <p>
        <Link to={listPath}>{backLabel}</Link>
      </p>
      <h1 id="disclosure-compare-title">{t('disclosures.compare.title')}</h1>
      {comparison.isPending ? <LoadingState /> : null}
      {comparison.isError ? (
        <QueryErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : null}
      {data ? (
        <>
          <section className="panel" aria-labelledby="compare-overall-title">
            <p className="muted" data-testid="compare-order">
              {orderLine()}
            </p>
            {fallback !== null ? (
              <div className="compare-kind" data-testid="compare-kind" ref={kindRef} tabIndex={-1}>
                {asVersions ? (
                  <p>
                    {t('disclosures.compare.forcedVersions')}{' '}
                    <Link to={withAs(false)} data-testid="compare-as-documents">
                      {t('disclosures.compare.asDocuments')}
                    </Link>
                  </p>
                ) : (
                  <>
                    <p data-testid="compare-fallback-reason">
                      {fallback === 'documentType'
                        ? t('disclosures.compare.documents.whyDocumentType', {
                            a: t(`disclosures.documentTypes.${data.from.documentType}`),
                            b: t(`disclosures.documentTypes.${data.to.documentType}`),
                          })
                        : fallback === 'language'
                          ? t('disclosures.compare.documents.whyLanguage', {
                              a: t(`disclosures.languages.${data.from.language}`),
                              b: t(`disclosures.languages.${data.to.language}`),
                            })
                          : fallback === 'untitled'
                            ? t('disclosures.compare.documents.whyUntitled')
                            : t('disclosures.compare.documents.whyTitle', { a: data.from.title, b: data.to.title })}
                    </p>
                    <p className="muted" id="compare-as-versions-hint">
                      {t('disclosures.compare.documents.asVersionsHint')}
                    </p>
                    <p>
                      <Link
                        to={withAs(true)}
                        className="button button--secondary"
                        aria-describedby="compare-as-versions-hint"
                        data-testid="compare-as-versions"
                      >
                        {t('disclosures.compare.documents.asVersions')}
                      </Link>
                    </p>
                  </>
                )}
              </div>
            ) : null}
            <dl className="compare-sides">
              {side(
                t(kind === 'versions' ? 'disclosures.compare.from' : 'disclosures.compare.documents.a'),
                data.from,
                data.fromPeriod,
              )}
              {side(
                t(kind === 'versions' ? 'disclosures.compare.to' : 'disclosures.compare.documents.b'),
                data.to,
                data.toPeriod,
              )}
            </dl>
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  void navigate(
                    `${listPath}/compare/${data.to.id}/${data.from.id}?order=given${asVersions ? '&as=versions' : ''}`,
                    // The same view with its sides swapped: stay where the user is.
                    { replace: true, state: { keepPlace: true } },
                  )
                }
              >
                {t(kind === 'documents' ? 'disclosures.compare.swapDocuments' : 'disclosures.compare.swap')}
              </button>
            </p>
            <CompareOverall comparison={data} kind={kind} />
          </section>
          <section className="panel">
            <CriterionDeltaTable criteria={data.criteria} kind={kind} />
          </section>
          {kind === 'versions' ? (
            <TextDiff changes={data.textDiff} approximate={data.textDiffApproximate} />
          ) : (
            <p className="panel" data-testid="compare-no-diff">
              {t('disclosures.compare.documents.noDiff')}
            </p>
          )}
          <ScoreMeaning />
        </>
      ) : null}
    </section>
  );
}

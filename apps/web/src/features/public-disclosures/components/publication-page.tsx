import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { usePublicPublication } from '../hooks/use-public-publication';
import { companyName } from '../utils/company-name';
import { draftTypeLabel } from '../utils/draft-type-label';
import { AskQuestionForm } from './ask-question-form';
import { CriterionScores } from './criterion-scores';
import { ScoreLabel } from './score-label';
import { PublicationWhy } from './publication-why';
import { SentenceRoles } from '../../disclosures/components/sentence-roles';
import { PlainTextCaution } from '../../disclosures/components/plain-text-caution';
import { isV2Result } from '../../disclosures/utils/judgement-view';
import '../../disclosures/disclosures.css';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { PublicQuestions } from './public-questions';
import { ScoreMeaning } from '../../../shared/components/score-meaning';
import '../public-disclosures.css';
import { formatDate } from '../../../shared/i18n/format';

/**
 * Public: one published text with its full score and why (what the score means, JPX400's floor check and its caveat,
 * each sentence's role), its public Q&A and (for investors) a question form.
 */
export function PublicationPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { slug = '', publicationId = '' } = useParams();
  const publication = usePublicPublication(slug, publicationId);
  usePageTitle(publication.data?.title ?? t('publicDisclosures.browse.title'));
  if (publication.isPending) return <LoadingState />;
  if (publication.isError) return <QueryErrorState error={publication.error} />;
  const p = publication.data;
  const name = companyName(p.company, locale);
  const roles = isV2Result(p.score) && p.score.sentences.length > 0;
  return (
    <section aria-labelledby="publication-title" className="page">
      <p>
        <Link to={`/companies/${p.company.slug}`}>{t('publicDisclosures.publication.back', { name })}</Link>
      </p>
      <h1 id="publication-title">{p.title}</h1>
      <p className="muted">
        {name} · {draftTypeLabel(t, p.type)} · {t('publicDisclosures.company.version', { version: p.version })} ·{' '}
        {t('publicDisclosures.company.published', { date: formatDate(p.publishedAt, locale) })}
      </p>
      <p className="publication-download">
        <a
          className="button button--secondary"
          href={publicDisclosuresApi.publicationPdfUrl(p.company.slug, p.publicationId)}
          download
          data-testid="publication-pdf"
        >
          {t('publicDisclosures.publication.pdf')}
        </a>{' '}
        <span className="muted">{t('publicDisclosures.publication.pdfHint')}</span>
      </p>
      <ScoreLabel publication={p} explainGrade={false} />
      {isV2Result(p.score) ? <PlainTextCaution result={p.score} /> : null}
      <PublicationWhy publication={p} rolesHeadingId={roles ? 'disclosure-roles-title' : undefined} />
      <section aria-labelledby="publication-criteria">
        <h2 id="publication-criteria">{t('publicDisclosures.company.criteria')}</h2>
        <CriterionScores criteria={p.score.criteria} />
      </section>
      <section aria-labelledby="publication-text">
        <h2 id="publication-text">{t('publicDisclosures.publication.text')}</h2>
        <div className="publication-text" data-testid="publication-text" lang={p.language}>
          {p.text.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      </section>
      {roles ? <SentenceRoles text={p.text} result={p.score} /> : null}
      <AskQuestionForm publicationId={p.publicationId} />
      <PublicQuestions questions={p.questions} />
      <ScoreMeaning />
    </section>
  );
}

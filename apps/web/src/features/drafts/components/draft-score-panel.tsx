import { useTranslation } from 'react-i18next';
import { NotApplicableMark } from '../../../shared/components/not-applicable-mark';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { criterionStatus } from '../../disclosures/utils/criterion-status';
import { percent } from '../utils/percent';
import type { DraftVersionView } from '@ipgn/drafting';

/**
 * The disclosure score of the current version and the criteria not yet met (what would raise it). A criterion the
 * text gives nothing to judge (no claims) shows "— 判断対象なし" with the scorer's reason, and is not something to raise.
 */
export function DraftScorePanel({ version }: { version: DraftVersionView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const score = version.score;
  const statusOf = (c: { score: number; notApplicable?: true }) => criterionStatus(c.score, c.notApplicable === true);
  const notJudged = score ? score.criteria.filter((c) => statusOf(c) === 'notApplicable') : [];
  const unmet = score ? score.criteria.filter((c) => statusOf(c) === 'partly' || statusOf(c) === 'missing') : [];
  return (
    <section aria-labelledby="draft-score-title" className="panel">
      <h2 id="draft-score-title">{t('drafts.score.heading')}</h2>
      {score ? (
        <>
          <p className="badge" data-testid="draft-overall">
            {t('drafts.score.overall', { overall: score.overall })}
          </p>
          {score.class !== null && score.classReason ? (
            <p data-testid="draft-class">
              {t('drafts.score.class', { class: `${score.class} ${score.classReason[locale]}` })}
            </p>
          ) : null}
          <p className="muted" data-testid="draft-score-note">
            {t('disclosures.judgement.draftNote')}
          </p>
          {notJudged.length > 0 ? (
            <ul className="list">
              {notJudged.map((c) => (
                <li key={c.id} data-testid={`draft-criterion-${c.key}`}>
                  <strong>{c.name[locale]}</strong> <NotApplicableMark />
                  {c.missingText ? <p className="muted">{c.missingText[locale]}</p> : null}
                </li>
              ))}
            </ul>
          ) : null}
          <h3>{t('drafts.score.raiseHeading')}</h3>
          {unmet.length === 0 ? (
            <p>{t(notJudged.length > 0 ? 'drafts.score.allJudgedMet' : 'drafts.score.allMet')}</p>
          ) : null}
          <ul className="list">
            {unmet.map((c) => (
              <li key={c.id} data-testid={`draft-criterion-${c.key}`}>
                <strong>{c.name[locale]}</strong>{' '}
                <span className="muted">{t('drafts.score.level', { score: c.score })}</span>
                {c.missingText ? <p>{c.missingText[locale]}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          {/* No gap left but no score: the judging worker was busy when this version was saved. */}
          <p data-testid="draft-score-pending">
            {t(version.completenessDetail.slots === 0 ? 'drafts.score.notScored' : 'drafts.score.pending')}
          </p>
          <p data-testid="draft-completeness">
            {t('drafts.score.completeness', {
              filled: version.completenessDetail.filledParagraphs,
              paragraphs: version.completenessDetail.paragraphs,
              percent: percent(version.completeness),
            })}
          </p>
        </>
      )}
    </section>
  );
}

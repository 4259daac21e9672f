import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { suggestTrack } from '@ipgn/assessment';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { useAssessments } from '../../assessment/hooks/use-assessments';
import { useStartAssessment } from '../../assessment/hooks/use-start-assessment';
import { useOrganization } from '../../organizations/hooks/use-organization';
import '../sme.css';

/**
 * The organization home's "start here": for a new organization, the check that fits it (the SME check for an
 * unlisted company) with the time it takes; with an open round, a way back into it.
 */
export function StartHereCard({ orgId, canStart }: { orgId: string; canStart: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organization = useOrganization(orgId);
  const rounds = useAssessments(orgId);
  const start = useStartAssessment(orgId);
  if (!organization.data || !rounds.data) return null;
  const track = suggestTrack(organization.data).track;
  const open = rounds.data.find((r) => r.status === 'draft');
  if (rounds.data.length > 0 && !open) return null;
  return (
    <section className="sme-start" aria-labelledby="start-here-title" data-testid="start-here">
      <p className="eyebrow">{t('sme.start.eyebrow')}</p>
      <h2 id="start-here-title">{open ? t('sme.start.continueTitle') : t(`sme.start.title_${track}`)}</h2>
      <p>
        {open
          ? t('sme.start.continueBody', { answered: open.progress.answered, visible: open.progress.visible })
          : t(`sme.start.body_${track}`)}
      </p>
      {open ? (
        <Link className="button button--primary" to={`/o/${orgId}/assessments/${open.id}`}>
          {t('sme.start.continue')}
        </Link>
      ) : canStart ? (
        <>
          <FormErrorAlert error={start.error} />
          <button
            type="button"
            className="button button--primary"
            disabled={start.isPending}
            onClick={() =>
              start.mutate(track, { onSuccess: (detail) => void navigate(`/o/${orgId}/assessments/${detail.id}`) })
            }
          >
            {t(`sme.start.cta_${track}`)}
          </button>
        </>
      ) : (
        <p className="hint">{t('sme.start.askOwner')}</p>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useScoreDisclosure } from '../hooks/use-score-disclosure';
import { scoreDraftKey } from '../utils/form-draft-keys';
import { DisclosureHistory } from './disclosure-history';
import { ScoreDisclosureForm } from './score-disclosure-form';
import '../disclosures.css';

/** Score a new text (roles with disclosure:score) and the organization's history. */
export function DisclosuresPage() {
  const { t } = useTranslation();
  usePageTitle(t('disclosures.page.title'));
  const { orgId, can } = useCurrentMembership();
  const canScore = can('disclosure:score');
  const score = useScoreDisclosure(orgId);
  return (
    <section aria-labelledby="disclosures-title" className="page">
      <h1 id="disclosures-title">{t('disclosures.page.title')}</h1>
      <p className="lead">{t('disclosures.page.intro')}</p>
      {canScore ? (
        <ScoreDisclosureForm
          draftKey={scoreDraftKey(orgId)}
          score={score}
          resultPath={(id) => `/o/${orgId}/disclosures/${id}`}
        />
      ) : (
        <p className="notice notice--info">{t('disclosures.page.readOnly')}</p>
      )}
      <DisclosureHistory orgId={orgId} canDelete={canScore} />
    </section>
  );
}

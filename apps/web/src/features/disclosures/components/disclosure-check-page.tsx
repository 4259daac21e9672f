import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useCheckDisclosure } from '../hooks/use-check-disclosure';
import { checkDraftKey } from '../utils/form-draft-keys';
import { DisclosureCheckHistory } from './disclosure-check-history';
import { ScoreDisclosureForm } from './score-disclosure-form';
import '../disclosures.css';

/**
 * An investor's own disclosure check: paste or upload any company's text and read the same judgement a company
 * sees; the results stay in a history only this account reads. Company accounts judge texts in their organization.
 */
export function DisclosureCheckPage() {
  const { t } = useTranslation();
  usePageTitle(t('disclosures.checks.title'));
  const me = useCurrentUser().data;
  const score = useCheckDisclosure();
  const investor = me?.accountType === 'investor';
  return (
    <section aria-labelledby="disclosure-check-title" className="page">
      <h1 id="disclosure-check-title">{t('disclosures.checks.title')}</h1>
      <p className="lead">{t('disclosures.checks.intro')}</p>
      {me && !investor ? <p className="notice notice--info">{t('disclosures.checks.companyAccount')}</p> : null}
      {me && investor ? (
        <>
          <ScoreDisclosureForm
            personal
            draftKey={checkDraftKey(me.id)}
            score={score}
            resultPath={(id) => `/investor/checks/${id}`}
          />
          <DisclosureCheckHistory />
        </>
      ) : null}
    </section>
  );
}

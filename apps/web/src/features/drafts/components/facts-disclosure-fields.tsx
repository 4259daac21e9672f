import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../shared/forms/form-text-field';
import type { FactsSectionProps } from './use-facts-form-kit';

/** The URL the CG-report 3-1③ entry points to (how an SME owner is called is in the SME facts form). */
export function FactsDisclosureFields({ control, readOnly }: FactsSectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset id="disclosure" className="panel">
      <legend>
        <h2>{t('drafts.facts.disclosure.heading')}</h2>
      </legend>
      <div className="facts-grid">
        <FormTextField
          control={control}
          name="disclosureUrl"
          errorKey="facts.disclosureUrl"
          label={t('drafts.facts.disclosure.url')}
          inputMode="url"
          disabled={readOnly}
        />
      </div>
    </fieldset>
  );
}

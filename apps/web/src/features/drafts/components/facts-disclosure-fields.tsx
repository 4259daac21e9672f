import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/text-field';

export interface FactsDisclosureFieldsProps {
  url: string;
  onUrl: (url: string) => void;
  error: (path: string) => string | undefined;
  disabled: boolean;
}

/** The URL the CG-report 3-1③ entry points to (how an SME owner is called is in the SME facts form). */
export function FactsDisclosureFields({ url, onUrl, error, disabled }: FactsDisclosureFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset id="disclosure" className="panel">
      <legend>
        <h2>{t('drafts.facts.disclosure.heading')}</h2>
      </legend>
      <div className="facts-grid">
        <TextField
          label={t('drafts.facts.disclosure.url')}
          inputMode="url"
          value={url}
          onChange={onUrl}
          error={error('disclosureUrl')}
          disabled={disabled}
        />
      </div>
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/text-field';
import type { TextPair } from '../utils/facts-form-state';

export interface FactsDisclosureFieldsProps {
  url: string;
  ownerTitle: TextPair;
  onUrl: (url: string) => void;
  onOwnerTitle: (title: TextPair) => void;
  error: (path: string) => string | undefined;
  disabled: boolean;
}

/** The URL the CG-report 3-1③ entry points to, and how an SME owner is called (社長 / 代表…). */
export function FactsDisclosureFields({ url, ownerTitle, onUrl, onOwnerTitle, error, disabled }: FactsDisclosureFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset id="disclosure" className="panel">
      <legend>
        <h2>{t('drafts.facts.disclosure.heading')}</h2>
      </legend>
      <div className="facts-grid">
        <TextField label={t('drafts.facts.disclosure.url')} inputMode="url" value={url} onChange={onUrl} error={error('disclosureUrl')} disabled={disabled} />
        <TextField label={t('drafts.facts.disclosure.ownerTitleJa')} value={ownerTitle.ja} onChange={(ja) => onOwnerTitle({ ...ownerTitle, ja })} error={error('sme.ownerTitle.ja') ?? error('sme.ownerTitle')} disabled={disabled} />
        <TextField label={t('drafts.facts.disclosure.ownerTitleEn')} value={ownerTitle.en} onChange={(en) => onOwnerTitle({ ...ownerTitle, en })} error={error('sme.ownerTitle.en')} disabled={disabled} />
      </div>
    </fieldset>
  );
}

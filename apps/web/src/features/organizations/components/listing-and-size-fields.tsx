import { useTranslation } from 'react-i18next';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { COMPANY_SIZES, LISTING_STATUSES } from '@ipgn/contracts';
import { FormSelectField } from '../../../shared/forms/form-select-field';

export interface ListingAndSizeFieldsProps<T extends FieldValues> {
  control: Control<T>;
  /** Whether a choice is needed with these values (e.g. only once an organization name is given). */
  required?: (values: T) => boolean;
}

/**
 * The listing status and size of an organization being created: they set its track (the listed-company or SME
 * assessment, the draft suggested first), so a new organization is asked rather than assumed an unlisted SME.
 */
export function ListingAndSizeFields<T extends FieldValues & { listingStatus: string; companySize: string }>({
  control,
  required = () => true,
}: ListingAndSizeFieldsProps<T>) {
  const { t } = useTranslation();
  return (
    <div className="form__row">
      <FormSelectField
        control={control}
        label={t('organization.track.listingStatus')}
        name={'listingStatus' as FieldPathByValue<T, string>}
        required
        placeholder={t('organization.track.choose')}
        options={LISTING_STATUSES.map((s) => ({ value: s, label: t(`listingStatuses.${s}`) }))}
        hint={t('organization.track.listingStatusHint')}
        validate={(v, values) => (required(values) && !v ? t('organization.track.listingStatusRequired') : undefined)}
      />
      <FormSelectField
        control={control}
        label={t('organization.track.companySize')}
        name={'companySize' as FieldPathByValue<T, string>}
        required
        placeholder={t('organization.track.choose')}
        options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`companySizes.${s}`) }))}
        hint={t('organization.track.companySizeHint')}
        validate={(v, values) => (required(values) && !v ? t('organization.track.companySizeRequired') : undefined)}
      />
    </div>
  );
}

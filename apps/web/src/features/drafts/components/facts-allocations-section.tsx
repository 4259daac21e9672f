import { useTranslation } from 'react-i18next';
import { ALLOCATION_AREAS } from '@ipgn/drafting';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useFormRows } from '../../../shared/forms/use-form-rows';
import { FactsFieldset } from './facts-fieldset';
import { newFactsRowId, useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

/** The planned investments in intangibles. */
export function FactsAllocationsSection(props: FactsSectionProps) {
  const { control, readOnly } = props;
  const { t } = useTranslation();
  const { pair, api, removeButton, addButton } = useFactsFormKit(props);
  const rows = useFormRows({ control: props.control, setValue: props.setValue, name: 'allocations' });
  return (
    <FactsFieldset id="allocations" legend={t('drafts.facts.allocations.heading')}>
      {rows.rows.map((_, i) => {
        const label = t('drafts.facts.rowLabel', { section: t('drafts.facts.allocations.heading'), index: i + 1 });
        return (
          <fieldset key={rows.keys[i]} className="facts-row">
            <legend>{label}</legend>
            <div className="facts-grid">
              <FormSelectField
                control={control}
                name={`allocations.${i}.area`}
                errorKey={api(`allocations.${i}.area`)}
                label={t('drafts.facts.allocations.area')}
                options={ALLOCATION_AREAS.map((value) => ({ value, label: t(`drafts.facts.areas.${value}`) }))}
                disabled={readOnly}
              />
              <FormTextField
                control={control}
                name={`allocations.${i}.amount`}
                errorKey={api(`allocations.${i}.amount`)}
                label={t('drafts.facts.allocations.amount')}
                inputMode="decimal"
                disabled={readOnly}
              />
              <FormTextField
                control={control}
                name={`allocations.${i}.fromYear`}
                errorKey={api(`allocations.${i}.fromFiscalYear`)}
                label={t('drafts.facts.allocations.fromYear')}
                inputMode="numeric"
                disabled={readOnly}
              />
              <FormTextField
                control={control}
                name={`allocations.${i}.toYear`}
                errorKey={api(`allocations.${i}.toFiscalYear`)}
                label={t('drafts.facts.allocations.toYear')}
                inputMode="numeric"
                disabled={readOnly}
              />
              {pair(
                { ja: t('drafts.facts.allocations.purposeJa'), en: t('drafts.facts.allocations.purposeEn') },
                `allocations.${i}.purpose`,
              )}
            </div>
            {removeButton(label, () => rows.remove(i))}
          </fieldset>
        );
      })}
      {addButton(t('drafts.facts.allocations.heading'), () =>
        rows.append({
          id: newFactsRowId('alloc'),
          area: 'rd',
          amount: '',
          fromYear: '',
          toYear: '',
          purpose: { ja: '', en: '' },
        }),
      )}
    </FactsFieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { KPI_KINDS, type UnitKey } from '@ipgn/drafting';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useFormRows } from '../../../shared/forms/use-form-rows';
import { FactsFieldset } from './facts-fieldset';
import { newFactsRowId, useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

const UNITS: readonly UnitKey[] = ['percent', 'million-yen', 'count', 'times', 'people', 'score'];

/** The KPIs with their targets and actual values. */
export function FactsKpisSection(props: FactsSectionProps) {
  const { control, readOnly } = props;
  const { t } = useTranslation();
  const { pair, api, names, removeButton, addButton } = useFactsFormKit(props);
  const rows = useFormRows({ control: props.control, setValue: props.setValue, name: 'kpis' });
  return (
    <FactsFieldset id="kpis" legend={t('drafts.facts.kpis.heading')}>
      {rows.rows.map((_, i) => {
        const label = t('drafts.facts.rowLabel', { section: t('drafts.facts.kpis.heading'), index: i + 1 });
        return (
          <fieldset key={rows.keys[i]} className="facts-row">
            <legend>{label}</legend>
            <div className="facts-grid">
              {pair(names, `kpis.${i}.name`)}
              <FormSelectField
                control={control}
                name={`kpis.${i}.kind`}
                errorKey={api(`kpis.${i}.kind`)}
                label={t('drafts.facts.kpis.kind')}
                options={KPI_KINDS.map((value) => ({ value, label: t(`drafts.facts.kpiKinds.${value}`) }))}
                disabled={readOnly}
              />
              <FormSelectField
                control={control}
                name={`kpis.${i}.unit`}
                errorKey={api(`kpis.${i}.unit`)}
                label={t('drafts.facts.kpis.unit')}
                options={UNITS.map((value) => ({ value, label: t(`drafts.facts.units.${value}`) }))}
                disabled={readOnly}
              />
              <FormTextField
                control={control}
                name={`kpis.${i}.targetValue`}
                errorKey={api(`kpis.${i}.target.value`)}
                label={t('drafts.facts.kpis.targetValue')}
                inputMode="decimal"
                disabled={readOnly}
              />
              <FormTextField
                control={control}
                name={`kpis.${i}.targetYear`}
                errorKey={api(`kpis.${i}.target.fiscalYear`)}
                label={t('drafts.facts.kpis.targetYear')}
                inputMode="numeric"
                disabled={readOnly}
              />
              <FormTextField
                control={control}
                name={`kpis.${i}.actualValue`}
                errorKey={api(`kpis.${i}.actual.value`)}
                label={t('drafts.facts.kpis.actualValue')}
                inputMode="decimal"
                disabled={readOnly}
              />
              <FormTextField
                control={control}
                name={`kpis.${i}.actualYear`}
                errorKey={api(`kpis.${i}.actual.fiscalYear`)}
                label={t('drafts.facts.kpis.actualYear')}
                inputMode="numeric"
                disabled={readOnly}
              />
            </div>
            {removeButton(label, () => rows.remove(i))}
          </fieldset>
        );
      })}
      {addButton(t('drafts.facts.kpis.heading'), () =>
        rows.append({
          id: newFactsRowId('kpi'),
          name: { ja: '', en: '' },
          kind: 'count',
          unit: 'count',
          targetValue: '',
          targetYear: '',
          actualValue: '',
          actualYear: '',
        }),
      )}
    </FactsFieldset>
  );
}

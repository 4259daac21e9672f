import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { INTANGIBLE_KINDS } from '@ipgn/drafting';
import { FormCheckboxGroup } from '../../../shared/forms/form-checkbox-group';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useFormRows } from '../../../shared/forms/use-form-rows';
import { FactsFieldset } from './facts-fieldset';
import { newFactsRowId, useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

/** The key intangible assets, each tied to the segments it serves. */
export function FactsIntangiblesSection(props: FactsSectionProps) {
  const { control, readOnly } = props;
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { pair, api, names, removeButton, addButton } = useFactsFormKit(props);
  const rows = useFormRows({ control: props.control, setValue: props.setValue, name: 'intangibles' });
  const segments = useWatch({ control, name: 'segments' });
  return (
    <FactsFieldset id="intangibles" legend={t('drafts.facts.intangibles.heading')}>
      {rows.rows.map((_, i) => {
        const label = t('drafts.facts.rowLabel', { section: t('drafts.facts.intangibles.heading'), index: i + 1 });
        return (
          <fieldset key={rows.keys[i]} className="facts-row">
            <legend>{label}</legend>
            <div className="facts-grid">
              <FormSelectField
                control={control}
                name={`intangibles.${i}.kind`}
                errorKey={api(`intangibles.${i}.kind`)}
                label={t('drafts.facts.intangibles.kind')}
                options={INTANGIBLE_KINDS.map((value) => ({
                  value,
                  label: t(`drafts.facts.intangibleKinds.${value}`),
                }))}
                disabled={readOnly}
              />
              {pair(names, `intangibles.${i}.name`)}
            </div>
            {segments.length > 0 ? (
              <FormCheckboxGroup
                control={control}
                name={`intangibles.${i}.segmentIds`}
                errorKey={api(`intangibles.${i}.segmentIds`)}
                legend={t('drafts.facts.intangibles.segments')}
                className="choice-group"
                disabled={readOnly}
                options={segments.map((seg) => ({
                  value: seg.id,
                  label: (locale === 'en' ? seg.name.en : seg.name.ja) || seg.id,
                }))}
              />
            ) : null}
            {removeButton(label, () => rows.remove(i))}
          </fieldset>
        );
      })}
      {addButton(t('drafts.facts.intangibles.heading'), () =>
        rows.append({ id: newFactsRowId('int'), kind: 'patent', name: { ja: '', en: '' }, segmentIds: [] }),
      )}
    </FactsFieldset>
  );
}

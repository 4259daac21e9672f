import { useTranslation } from 'react-i18next';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { INTANGIBLE_KINDS } from '@ipgn/drafting';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { FactsFieldset } from './facts-fieldset';
import { newFactsRowId, useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

/** The key intangible assets, each tied to the segments it serves. */
export function FactsIntangiblesSection(props: FactsSectionProps) {
  const { control, readOnly } = props;
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { pair, api, names, removeButton, addButton } = useFactsFormKit(props);
  const rows = useFieldArray({ control, name: 'intangibles' });
  const segments = useWatch({ control, name: 'segments' });
  return (
    <FactsFieldset id="intangibles" legend={t('drafts.facts.intangibles.heading')}>
      {rows.fields.map((row, i) => {
        const label = t('drafts.facts.rowLabel', { section: t('drafts.facts.intangibles.heading'), index: i + 1 });
        return (
          <fieldset key={row.id} className="facts-row">
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
              <Controller
                control={control}
                name={`intangibles.${i}.segmentIds`}
                render={({ field }) => (
                  <fieldset className="choice-group">
                    <legend>{t('drafts.facts.intangibles.segments')}</legend>
                    {segments.map((seg) => (
                      <label key={seg.id} className="choice">
                        <input
                          type="checkbox"
                          disabled={readOnly}
                          checked={field.value.includes(seg.id)}
                          onChange={(e) =>
                            field.onChange(
                              e.target.checked ? [...field.value, seg.id] : field.value.filter((x) => x !== seg.id),
                            )
                          }
                        />
                        {(locale === 'en' ? seg.name.en : seg.name.ja) || seg.id}
                      </label>
                    ))}
                  </fieldset>
                )}
              />
            ) : null}
            {removeButton(label, () => rows.remove(i))}
          </fieldset>
        );
      })}
      {addButton(t('drafts.facts.intangibles.heading'), () =>
        rows.append(
          { id: newFactsRowId('int'), kind: 'patent', name: { ja: '', en: '' }, segmentIds: [] },
          { shouldFocus: false },
        ),
      )}
    </FactsFieldset>
  );
}

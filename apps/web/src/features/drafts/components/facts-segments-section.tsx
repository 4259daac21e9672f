import { useTranslation } from 'react-i18next';
import { useFormRows } from '../../../shared/forms/use-form-rows';
import { FactsFieldset } from './facts-fieldset';
import { newFactsRowId, useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

/** The business segments and their products. */
export function FactsSegmentsSection(props: FactsSectionProps) {
  const { t } = useTranslation();
  const { pair, names, removeButton, addButton } = useFactsFormKit(props);
  const rows = useFormRows({ control: props.control, setValue: props.setValue, name: 'segments' });
  return (
    <FactsFieldset id="segments" legend={t('drafts.facts.segments.heading')}>
      {rows.rows.map((_, i) => {
        const label = t('drafts.facts.rowLabel', { section: t('drafts.facts.segments.heading'), index: i + 1 });
        return (
          <fieldset key={rows.keys[i]} className="facts-row">
            <legend>{label}</legend>
            <div className="facts-grid">
              {pair(names, `segments.${i}.name`)}
              {pair(
                { ja: t('drafts.facts.segments.productsJa'), en: t('drafts.facts.segments.productsEn') },
                `segments.${i}.products`,
              )}
            </div>
            {removeButton(label, () => rows.remove(i))}
          </fieldset>
        );
      })}
      {addButton(t('drafts.facts.segments.heading'), () =>
        rows.append({ id: newFactsRowId('seg'), name: { ja: '', en: '' }, products: { ja: '', en: '' } }),
      )}
    </FactsFieldset>
  );
}

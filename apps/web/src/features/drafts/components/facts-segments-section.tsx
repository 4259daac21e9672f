import { useTranslation } from 'react-i18next';
import type { FactsFormState } from '../utils/facts-form-state';
import { FactsFieldset } from './facts-fieldset';
import { newFactsRowId, useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

/** The business segments and their products. */
export function FactsSegmentsSection({ state, update, err, readOnly }: FactsSectionProps) {
  const { t } = useTranslation();
  const { pair, names, removeButton, addButton } = useFactsFormKit({ err, readOnly });
  const s = state;
  return (
    <FactsFieldset id="segments" legend={t('drafts.facts.segments.heading')}>
      {s.segments.map((seg, i) => {
        const label = t('drafts.facts.rowLabel', { section: t('drafts.facts.segments.heading'), index: i + 1 });
        const set = (next: Partial<FactsFormState['segments'][number]>) =>
          update((st) => ({ ...st, segments: st.segments.map((x, j) => (j === i ? { ...x, ...next } : x)) }));
        return (
          <fieldset key={seg.id} className="facts-row">
            <legend>{label}</legend>
            <div className="facts-grid">
              {pair(names, seg.name, `segments.${i}.name`, (name) => set({ name }))}
              {pair(
                { ja: t('drafts.facts.segments.productsJa'), en: t('drafts.facts.segments.productsEn') },
                seg.products,
                `segments.${i}.products`,
                (products) => set({ products }),
              )}
            </div>
            {removeButton(label, () => update((st) => ({ ...st, segments: st.segments.filter((_, j) => j !== i) })))}
          </fieldset>
        );
      })}
      {addButton(t('drafts.facts.segments.heading'), () =>
        update((st) => ({
          ...st,
          segments: [
            ...st.segments,
            { id: newFactsRowId('seg'), name: { ja: '', en: '' }, products: { ja: '', en: '' } },
          ],
        })),
      )}
    </FactsFieldset>
  );
}

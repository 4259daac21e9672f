import { useTranslation } from 'react-i18next';
import { INTANGIBLE_KINDS, type IntangibleKind } from '@ipgn/drafting';
import { SelectField } from '../../../shared/components/select-field';
import { currentLocale } from '../../../shared/i18n/current-locale';
import type { FactsFormState } from '../utils/facts-form-state';
import { FactsFieldset } from './facts-fieldset';
import { newFactsRowId, useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

/** The key intangible assets, each tied to the segments it serves. */
export function FactsIntangiblesSection({ state, update, err, readOnly }: FactsSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { pair, names, removeButton, addButton } = useFactsFormKit({ err, readOnly });
  const s = state;
  return (
    <FactsFieldset id="intangibles" legend={t('drafts.facts.intangibles.heading')}>
      {s.intangibles.map((item, i) => {
        const label = t('drafts.facts.rowLabel', { section: t('drafts.facts.intangibles.heading'), index: i + 1 });
        const set = (next: Partial<FactsFormState['intangibles'][number]>) =>
          update((st) => ({ ...st, intangibles: st.intangibles.map((x, j) => (j === i ? { ...x, ...next } : x)) }));
        return (
          <fieldset key={item.id} className="facts-row">
            <legend>{label}</legend>
            <div className="facts-grid">
              <SelectField
                label={t('drafts.facts.intangibles.kind')}
                value={item.kind}
                onChange={(v) => set({ kind: v as IntangibleKind })}
                options={INTANGIBLE_KINDS.map((value) => ({
                  value,
                  label: t(`drafts.facts.intangibleKinds.${value}`),
                }))}
                error={err(`intangibles.${i}.kind`)}
                disabled={readOnly}
              />
              {pair(names, item.name, `intangibles.${i}.name`, (name) => set({ name }))}
            </div>
            {s.segments.length > 0 ? (
              <fieldset className="choice-group">
                <legend>{t('drafts.facts.intangibles.segments')}</legend>
                {s.segments.map((seg) => (
                  <label key={seg.id} className="choice">
                    <input
                      type="checkbox"
                      disabled={readOnly}
                      checked={item.segmentIds.includes(seg.id)}
                      onChange={(e) =>
                        set({
                          segmentIds: e.target.checked
                            ? [...item.segmentIds, seg.id]
                            : item.segmentIds.filter((x) => x !== seg.id),
                        })
                      }
                    />
                    {(locale === 'en' ? seg.name.en : seg.name.ja) || seg.id}
                  </label>
                ))}
              </fieldset>
            ) : null}
            {removeButton(label, () =>
              update((st) => ({ ...st, intangibles: st.intangibles.filter((_, j) => j !== i) })),
            )}
          </fieldset>
        );
      })}
      {addButton(t('drafts.facts.intangibles.heading'), () =>
        update((st) => ({
          ...st,
          intangibles: [
            ...st.intangibles,
            { id: newFactsRowId('int'), kind: 'patent', name: { ja: '', en: '' }, segmentIds: [] },
          ],
        })),
      )}
    </FactsFieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { ALLOCATION_AREAS, type AllocationArea } from '@ipgn/drafting';
import { SelectField } from '../../../shared/components/select-field';
import { TextField } from '../../../shared/components/text-field';
import type { FactsFormState } from '../utils/facts-form-state';
import { FactsFieldset } from './facts-fieldset';
import { newFactsRowId, useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

/** The planned investments in intangibles. */
export function FactsAllocationsSection({ state, update, err, readOnly }: FactsSectionProps) {
  const { t } = useTranslation();
  const { pair, removeButton, addButton } = useFactsFormKit({ err, readOnly });
  const s = state;
  return (
    <FactsFieldset id="allocations" legend={t('drafts.facts.allocations.heading')}>
      {s.allocations.map((a, i) => {
        const label = t('drafts.facts.rowLabel', { section: t('drafts.facts.allocations.heading'), index: i + 1 });
        const set = (next: Partial<FactsFormState['allocations'][number]>) =>
          update((st) => ({ ...st, allocations: st.allocations.map((x, j) => (j === i ? { ...x, ...next } : x)) }));
        return (
          <fieldset key={a.id} className="facts-row">
            <legend>{label}</legend>
            <div className="facts-grid">
              <SelectField
                label={t('drafts.facts.allocations.area')}
                value={a.area}
                onChange={(v) => set({ area: v as AllocationArea })}
                options={ALLOCATION_AREAS.map((value) => ({ value, label: t(`drafts.facts.areas.${value}`) }))}
                error={err(`allocations.${i}.area`)}
                disabled={readOnly}
              />
              <TextField
                label={t('drafts.facts.allocations.amount')}
                inputMode="decimal"
                value={a.amount}
                onChange={(amount) => set({ amount })}
                error={err(`allocations.${i}.amount`)}
                disabled={readOnly}
              />
              <TextField
                label={t('drafts.facts.allocations.fromYear')}
                inputMode="numeric"
                value={a.fromYear}
                onChange={(fromYear) => set({ fromYear })}
                error={err(`allocations.${i}.fromFiscalYear`)}
                disabled={readOnly}
              />
              <TextField
                label={t('drafts.facts.allocations.toYear')}
                inputMode="numeric"
                value={a.toYear}
                onChange={(toYear) => set({ toYear })}
                error={err(`allocations.${i}.toFiscalYear`)}
                disabled={readOnly}
              />
              {pair(
                { ja: t('drafts.facts.allocations.purposeJa'), en: t('drafts.facts.allocations.purposeEn') },
                a.purpose,
                `allocations.${i}.purpose`,
                (purpose) => set({ purpose }),
              )}
            </div>
            {removeButton(label, () =>
              update((st) => ({ ...st, allocations: st.allocations.filter((_, j) => j !== i) })),
            )}
          </fieldset>
        );
      })}
      {addButton(t('drafts.facts.allocations.heading'), () =>
        update((st) => ({
          ...st,
          allocations: [
            ...st.allocations,
            {
              id: newFactsRowId('alloc'),
              area: 'rd',
              amount: '',
              fromYear: '',
              toYear: '',
              purpose: { ja: '', en: '' },
            },
          ],
        })),
      )}
    </FactsFieldset>
  );
}

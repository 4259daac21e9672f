import { useTranslation } from 'react-i18next';
import { KPI_KINDS, type KpiKind, type UnitKey } from '@ipgn/drafting';
import { SelectField } from '../../../shared/components/select-field';
import { TextField } from '../../../shared/components/text-field';
import type { FactsFormState } from '../utils/facts-form-state';
import { FactsFieldset } from './facts-fieldset';
import { newFactsRowId, useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

const UNITS: readonly UnitKey[] = ['percent', 'million-yen', 'count', 'times', 'people', 'score'];

/** The KPIs with their targets and actual values. */
export function FactsKpisSection({ state, update, err, readOnly }: FactsSectionProps) {
  const { t } = useTranslation();
  const { pair, names, removeButton, addButton } = useFactsFormKit({ err, readOnly });
  const s = state;
  return (
    <FactsFieldset id="kpis" legend={t('drafts.facts.kpis.heading')}>
      {s.kpis.map((k, i) => {
        const label = t('drafts.facts.rowLabel', { section: t('drafts.facts.kpis.heading'), index: i + 1 });
        const set = (next: Partial<FactsFormState['kpis'][number]>) =>
          update((st) => ({ ...st, kpis: st.kpis.map((x, j) => (j === i ? { ...x, ...next } : x)) }));
        return (
          <fieldset key={k.id} className="facts-row">
            <legend>{label}</legend>
            <div className="facts-grid">
              {pair(names, k.name, `kpis.${i}.name`, (name) => set({ name }))}
              <SelectField
                label={t('drafts.facts.kpis.kind')}
                value={k.kind}
                onChange={(v) => set({ kind: v as KpiKind })}
                options={KPI_KINDS.map((value) => ({ value, label: t(`drafts.facts.kpiKinds.${value}`) }))}
                error={err(`kpis.${i}.kind`)}
                disabled={readOnly}
              />
              <SelectField
                label={t('drafts.facts.kpis.unit')}
                value={k.unit}
                onChange={(v) => set({ unit: v as UnitKey })}
                options={UNITS.map((value) => ({ value, label: t(`drafts.facts.units.${value}`) }))}
                error={err(`kpis.${i}.unit`)}
                disabled={readOnly}
              />
              <TextField
                label={t('drafts.facts.kpis.targetValue')}
                inputMode="decimal"
                value={k.targetValue}
                onChange={(targetValue) => set({ targetValue })}
                error={err(`kpis.${i}.target.value`)}
                disabled={readOnly}
              />
              <TextField
                label={t('drafts.facts.kpis.targetYear')}
                inputMode="numeric"
                value={k.targetYear}
                onChange={(targetYear) => set({ targetYear })}
                error={err(`kpis.${i}.target.fiscalYear`)}
                disabled={readOnly}
              />
              <TextField
                label={t('drafts.facts.kpis.actualValue')}
                inputMode="decimal"
                value={k.actualValue}
                onChange={(actualValue) => set({ actualValue })}
                error={err(`kpis.${i}.actual.value`)}
                disabled={readOnly}
              />
              <TextField
                label={t('drafts.facts.kpis.actualYear')}
                inputMode="numeric"
                value={k.actualYear}
                onChange={(actualYear) => set({ actualYear })}
                error={err(`kpis.${i}.actual.fiscalYear`)}
                disabled={readOnly}
              />
            </div>
            {removeButton(label, () => update((st) => ({ ...st, kpis: st.kpis.filter((_, j) => j !== i) })))}
          </fieldset>
        );
      })}
      {addButton(t('drafts.facts.kpis.heading'), () =>
        update((st) => ({
          ...st,
          kpis: [
            ...st.kpis,
            {
              id: newFactsRowId('kpi'),
              name: { ja: '', en: '' },
              kind: 'count',
              unit: 'count',
              targetValue: '',
              targetYear: '',
              actualValue: '',
              actualYear: '',
            },
          ],
        })),
      )}
    </FactsFieldset>
  );
}

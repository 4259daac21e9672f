import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALLOCATION_AREAS,
  COMMITTEE_FREQUENCIES,
  INTANGIBLE_KINDS,
  KPI_KINDS,
  type AllocationArea,
  type CommitteeFrequency,
  type IntangibleKind,
  type KpiKind,
  type UnitKey,
} from '@ipgn/drafting';
import { SelectField } from '../../../shared/components/select-field';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { useUnsavedChangesWarning } from '../../../shared/hooks/use-unsaved-changes-warning';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { formatDateTime } from '../../../shared/utils/format-date-time';
import type { CompanyFactsView } from '../api/draft-api-types';
import type { useSaveCompanyFacts } from '../hooks/use-save-company-facts';
import { factsFormState, type FactsFormState, type TextPair } from '../utils/facts-form-state';
import { factsClientErrors } from '../utils/facts-client-errors';
import { formStateToFacts } from '../utils/form-state-to-facts';
import { clearLocalFactsCopy, readLocalFactsCopy, writeLocalFactsCopy } from '../utils/local-facts-copy';
import { FactsDisclosureFields } from './facts-disclosure-fields';
import { FactsSaveErrors } from './facts-save-errors';

const UNITS: readonly UnitKey[] = ['percent', 'million-yen', 'count', 'times', 'people', 'score'];
const newId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

export interface CompanyFactsFormProps {
  orgId: string;
  view: CompanyFactsView;
  readOnly: boolean;
  onReload: () => void;
  /** The save, owned by the page: a save remounts this form (new version), and its outcome must survive that. */
  save: ReturnType<typeof useSaveCompanyFacts>;
}

/** The main structured facts: segments, key intangibles, KPIs with targets, investments and governance. */
export function CompanyFactsForm({ orgId, view, readOnly, onReload, save }: CompanyFactsFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { formRef, fieldError, check } = useFormErrors(save.error);
  // The last saved state, to tell whether there is anything unsaved.
  const [baseline, setBaseline] = useState(() => JSON.stringify(factsFormState(view.facts)));
  // An unsaved copy kept on this device (a failed save, a closed tab) comes back if nobody has saved since.
  const [restored] = useState(() => readLocalFactsCopy(orgId, view.version));
  const [state, setState] = useState<FactsFormState>(() => restored ?? factsFormState(view.facts));
  // Saved just now: the version this form was (re)mounted with is the one the last save produced.
  const [saved, setSaved] = useState(() => save.isSuccess && save.data?.version === view.version);
  const dirty = !readOnly && JSON.stringify(state) !== baseline;
  useUnsavedChangesWarning(dirty, t('drafts.facts.unsavedLeave'));
  useEffect(() => {
    if (dirty) writeLocalFactsCopy(orgId, view.version, state);
    else clearLocalFactsCopy(orgId);
  }, [dirty, orgId, view.version, state]);
  const update = (fn: (s: FactsFormState) => FactsFormState) => {
    setSaved(false);
    setState(fn);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const facts = formStateToFacts(state, view.facts);
    // The same schema as the API: problems show beside their fields before anything is sent.
    if (!check(factsClientErrors(facts, t))) return;
    const sent = JSON.stringify(state);
    save.mutate(
      { facts, expectedVersion: view.version },
      {
        onSuccess: () => {
          setBaseline(sent);
          setSaved(true);
        },
      },
    );
  };
  const err = (path: string) => fieldError(`facts.${path}`);
  const pair = (label: { ja: string; en: string }, value: TextPair, path: string, set: (v: TextPair) => void) => (
    <>
      <TextField
        label={label.ja}
        value={value.ja}
        onChange={(ja) => set({ ...value, ja })}
        error={err(`${path}.ja`) ?? err(path)}
        disabled={readOnly}
      />
      <TextField
        label={label.en}
        value={value.en}
        onChange={(en) => set({ ...value, en })}
        error={err(`${path}.en`)}
        disabled={readOnly}
      />
    </>
  );
  const names = { ja: t('drafts.facts.nameJa'), en: t('drafts.facts.nameEn') };
  const removeButton = (item: string, onClick: () => void) =>
    readOnly ? null : (
      <button type="button" className="button button--danger-outline button--small" onClick={onClick}>
        {t('drafts.facts.remove', { item })}
      </button>
    );
  const addButton = (section: string, onClick: () => void) =>
    readOnly ? null : (
      <button type="button" className="button button--secondary" onClick={onClick}>
        {t('drafts.facts.add', { section })}
      </button>
    );
  const s = state;
  return (
    <form ref={formRef} className="form form--wide" onSubmit={submit} noValidate>
      {restored && dirty ? (
        <div className="notice" role="status">
          <p>{t('drafts.facts.restored')}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              clearLocalFactsCopy(orgId);
              setState(factsFormState(view.facts));
            }}
          >
            {t('drafts.facts.discardRestored')}
          </button>
        </div>
      ) : null}
      {view.updatedAt ? (
        <p className="muted">
          {t('drafts.facts.lastSaved', {
            name: view.updatedBy?.displayName ?? t('drafts.comments.unknown'),
            date: formatDateTime(view.updatedAt, locale),
          })}
        </p>
      ) : null}

      <Fieldset id="segments" legend={t('drafts.facts.segments.heading')}>
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
            segments: [...st.segments, { id: newId('seg'), name: { ja: '', en: '' }, products: { ja: '', en: '' } }],
          })),
        )}
      </Fieldset>

      <Fieldset id="intangibles" legend={t('drafts.facts.intangibles.heading')}>
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
              { id: newId('int'), kind: 'patent', name: { ja: '', en: '' }, segmentIds: [] },
            ],
          })),
        )}
      </Fieldset>

      <Fieldset id="kpis" legend={t('drafts.facts.kpis.heading')}>
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
                id: newId('kpi'),
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
      </Fieldset>

      <Fieldset id="allocations" legend={t('drafts.facts.allocations.heading')}>
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
              { id: newId('alloc'), area: 'rd', amount: '', fromYear: '', toYear: '', purpose: { ja: '', en: '' } },
            ],
          })),
        )}
      </Fieldset>

      <Fieldset id="governance" legend={t('drafts.facts.governance.heading')}>
        <div className="facts-grid">
          {pair(
            { ja: t('drafts.facts.governance.ipOwnerJa'), en: t('drafts.facts.governance.ipOwnerEn') },
            s.governance.ipOwner,
            'governance.ipOwner',
            (ipOwner) => update((st) => ({ ...st, governance: { ...st.governance, ipOwner } })),
          )}
          {pair(
            { ja: t('drafts.facts.governance.committeeNameJa'), en: t('drafts.facts.governance.committeeNameEn') },
            s.governance.committeeName,
            'governance.committee.name',
            (committeeName) => update((st) => ({ ...st, governance: { ...st.governance, committeeName } })),
          )}
          {pair(
            { ja: t('drafts.facts.governance.chairJa'), en: t('drafts.facts.governance.chairEn') },
            s.governance.chair,
            'governance.committee.chair',
            (chair) => update((st) => ({ ...st, governance: { ...st.governance, chair } })),
          )}
          <SelectField
            label={t('drafts.facts.governance.frequency')}
            value={s.governance.frequency}
            placeholder={t('drafts.facts.governance.noCommittee')}
            onChange={(v) =>
              update((st) => ({ ...st, governance: { ...st.governance, frequency: v as CommitteeFrequency | '' } }))
            }
            options={COMMITTEE_FREQUENCIES.map((value) => ({ value, label: t(`drafts.facts.frequencies.${value}`) }))}
            error={err('governance.committee.frequency')}
            disabled={readOnly}
          />
        </div>
        <fieldset className="facts-row">
          <legend>{t('drafts.facts.governance.boardTopics')}</legend>
          {s.governance.boardTopics.map((topic, i) => {
            const label = t('drafts.facts.rowLabel', {
              section: t('drafts.facts.governance.boardTopics'),
              index: i + 1,
            });
            return (
              <div key={i} className="facts-grid">
                {pair(
                  { ja: t('drafts.facts.governance.topicJa'), en: t('drafts.facts.governance.topicEn') },
                  topic,
                  `governance.boardTopics.${i}`,
                  (next) =>
                    update((st) => ({
                      ...st,
                      governance: {
                        ...st.governance,
                        boardTopics: st.governance.boardTopics.map((x, j) => (j === i ? next : x)),
                      },
                    })),
                )}
                {removeButton(label, () =>
                  update((st) => ({
                    ...st,
                    governance: { ...st.governance, boardTopics: st.governance.boardTopics.filter((_, j) => j !== i) },
                  })),
                )}
              </div>
            );
          })}
          {addButton(t('drafts.facts.governance.boardTopics'), () =>
            update((st) => ({
              ...st,
              governance: { ...st.governance, boardTopics: [...st.governance.boardTopics, { ja: '', en: '' }] },
            })),
          )}
        </fieldset>
      </Fieldset>

      <FactsDisclosureFields
        url={s.disclosureUrl}
        onUrl={(disclosureUrl) => update((st) => ({ ...st, disclosureUrl }))}
        error={err}
        disabled={readOnly}
      />

      <FactsSaveErrors error={save.error} onReload={onReload} />
      <p role="status" aria-live="polite" className={dirty ? 'save-status save-status--unsaved' : 'save-status'}>
        {saved && !dirty ? t('drafts.facts.saved') : null}
        {dirty ? t('drafts.facts.unsaved') : null}
      </p>
      {readOnly ? null : (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      )}
    </form>
  );
}

function Fieldset({ id, legend, children }: { id: string; legend: string; children: ReactNode }) {
  return (
    <fieldset id={id} className="panel">
      <legend>
        <h2>{legend}</h2>
      </legend>
      {children}
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { COMMITTEE_FREQUENCIES, type CommitteeFrequency } from '@ipgn/drafting';
import { SelectField } from '../../../shared/components/select-field';
import { FactsFieldset } from './facts-fieldset';
import { useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

/** Who owns IP, the committee, and what the board discusses. */
export function FactsGovernanceSection({ state, update, err, readOnly }: FactsSectionProps) {
  const { t } = useTranslation();
  const { pair, removeButton, addButton } = useFactsFormKit({ err, readOnly });
  const s = state;
  return (
    <FactsFieldset id="governance" legend={t('drafts.facts.governance.heading')}>
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
    </FactsFieldset>
  );
}

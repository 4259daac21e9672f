import { useTranslation } from 'react-i18next';
import { COMMITTEE_FREQUENCIES } from '@ipgn/drafting';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { useFormRows } from '../../../shared/forms/use-form-rows';
import { FactsFieldset } from './facts-fieldset';
import { useFactsFormKit, type FactsSectionProps } from './use-facts-form-kit';

/** Who owns IP, the committee, and what the board discusses. */
export function FactsGovernanceSection(props: FactsSectionProps) {
  const { control, readOnly } = props;
  const { t } = useTranslation();
  const { pair, api, removeButton, addButton } = useFactsFormKit(props);
  // Plain text pairs have no id of their own: the rows hook keeps a key per row for React.
  const topics = useFormRows({ control: props.control, setValue: props.setValue, name: 'governance.boardTopics' });
  return (
    <FactsFieldset id="governance" legend={t('drafts.facts.governance.heading')}>
      <div className="facts-grid">
        {pair(
          { ja: t('drafts.facts.governance.ipOwnerJa'), en: t('drafts.facts.governance.ipOwnerEn') },
          'governance.ipOwner',
        )}
        {pair(
          { ja: t('drafts.facts.governance.committeeNameJa'), en: t('drafts.facts.governance.committeeNameEn') },
          'governance.committeeName',
          'governance.committee.name',
        )}
        {pair(
          { ja: t('drafts.facts.governance.chairJa'), en: t('drafts.facts.governance.chairEn') },
          'governance.chair',
          'governance.committee.chair',
        )}
        <FormSelectField
          control={control}
          name="governance.frequency"
          errorKey={api('governance.committee.frequency')}
          label={t('drafts.facts.governance.frequency')}
          placeholder={t('drafts.facts.governance.noCommittee')}
          options={COMMITTEE_FREQUENCIES.map((value) => ({ value, label: t(`drafts.facts.frequencies.${value}`) }))}
          disabled={readOnly}
        />
      </div>
      <fieldset className="facts-row">
        <legend>{t('drafts.facts.governance.boardTopics')}</legend>
        {topics.rows.map((_, i) => {
          const label = t('drafts.facts.rowLabel', {
            section: t('drafts.facts.governance.boardTopics'),
            index: i + 1,
          });
          return (
            <div key={topics.keys[i]} className="facts-grid">
              {pair(
                { ja: t('drafts.facts.governance.topicJa'), en: t('drafts.facts.governance.topicEn') },
                `governance.boardTopics.${i}`,
              )}
              {removeButton(label, () => topics.remove(i))}
            </div>
          );
        })}
        {addButton(t('drafts.facts.governance.boardTopics'), () => topics.append({ ja: '', en: '' }))}
      </fieldset>
    </FactsFieldset>
  );
}

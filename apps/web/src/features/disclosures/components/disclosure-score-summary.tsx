import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/utils/format-date-time';
import type { DisclosureRecord } from '../api/disclosure-api-types';
import { bilingualText } from '../utils/bilingual-text';

export interface DisclosureScoreSummaryProps {
  record: DisclosureRecord;
}

/** Overall score, grade and 〇/△/✕ class with its meaning and the reason for it. */
export function DisclosureScoreSummary({ record }: DisclosureScoreSummaryProps) {
  const { t, i18n } = useTranslation();
  const { result } = record;
  return (
    <section aria-labelledby="disclosure-summary-title" className="panel disclosure-summary">
      <h2 id="disclosure-summary-title" className="visually-hidden">
        {t('disclosures.result.overall')}
      </h2>
      <dl className="disclosure-summary__figures">
        <div className="disclosure-summary__figure">
          <dt>{t('disclosures.result.overall')}</dt>
          <dd className="disclosure-summary__score" data-testid="disclosure-overall">
            {t('disclosures.result.outOf', { score: record.overall })}
          </dd>
        </div>
        <div className="disclosure-summary__figure">
          <dt>{t('disclosures.result.grade')}</dt>
          <dd className="disclosure-summary__grade" data-testid="disclosure-grade">
            {record.grade}
          </dd>
        </div>
        <div className="disclosure-summary__figure">
          <dt>{t('disclosures.result.class')}</dt>
          <dd data-testid="disclosure-class">{t('disclosures.result.classValue', { mark: record.class, meaning: t(`disclosures.classes.${record.class}`) })}</dd>
        </div>
      </dl>
      <p>{bilingualText(result.classReason, i18n.language)}</p>
      <p className="muted">
        {t('disclosures.result.meta', {
          type: t(`disclosures.documentTypes.${record.documentType}`),
          language: t(`disclosures.languages.${record.language}`),
          date: formatDateTime(record.createdAt, i18n.language),
          version: record.rubricVersion,
        })}
        {' · '}
        {record.source === 'upload' ? t('disclosures.result.source.upload', { filename: record.filename ?? '' }) : t('disclosures.result.source.paste')}
      </p>
      <p className="muted">
        {t('disclosures.result.boilerplate', {
          percent: Math.round(result.boilerplate.genericShare * 100),
          factor: result.boilerplate.factor.toFixed(2),
        })}
      </p>
    </section>
  );
}

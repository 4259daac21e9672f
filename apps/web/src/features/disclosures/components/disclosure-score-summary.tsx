import { useTranslation } from 'react-i18next';
import { isV2Result } from '../utils/judgement-view';
import type { DisclosureRecord } from '@ipgn/disclosure-scoring';
import { formatDateTime } from '../../../shared/i18n/format';
import { FewRatedNote } from './few-rated-note';
import { FloorCheck } from './floor-check';
import { GradeMeaning } from './grade-meaning';
import { PlainTextCaution } from './plain-text-caution';
import { RuleBasedNote } from './rule-based-note';
import { ScoreMakeup } from './score-makeup';

export interface DisclosureScoreSummaryProps {
  record: DisclosureRecord;
  /** An LLM second opinion is offered right below (the caution on a plain text points to it). */
  secondOpinionBelow?: boolean;
}

/**
 * Overall score and grade, right beside them that this is a rule-based judgement and not an official rating (and, when
 * the grade's band rests on few rated texts, how few), then what the grade stands for (its band and how people rated
 * texts in it), and — for CG-report entries only — JPX400's 〇/△/✕ floor check, labelled as such and kept apart
 * from quality.
 */
export function DisclosureScoreSummary({ record, secondOpinionBelow = false }: DisclosureScoreSummaryProps) {
  const { t } = useTranslation();
  const { result } = record;
  const v2 = isV2Result(result);
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
          <dd className="disclosure-summary__grade-row">
            <span className="disclosure-summary__grade" data-testid="disclosure-grade">
              {record.grade}
            </span>
            <FewRatedNote basis={record.gradeBasis} />
          </dd>
        </div>
      </dl>
      <RuleBasedNote />
      {v2 ? <PlainTextCaution result={result} secondOpinionBelow={secondOpinionBelow} /> : null}
      {v2 ? (
        <ScoreMakeup result={result} text={record.text} />
      ) : (
        // A result saved before v2: its factor did come from the share of generic sentences.
        <p className="muted">
          {t('disclosures.result.boilerplate', {
            percent: Math.round(result.boilerplate.genericShare * 100),
            factor: result.boilerplate.factor.toFixed(2),
          })}
        </p>
      )}
      <GradeMeaning grade={record.grade} basis={record.gradeBasis} />
      {record.class !== null ? <FloorCheck mark={record.class} reason={result.classReason} /> : null}
      <p className="muted">
        {t('disclosures.result.meta', {
          type: t(`disclosures.documentTypes.${record.documentType}`),
          language: t(`disclosures.languages.${record.language}`),
          date: formatDateTime(record.createdAt),
          version: record.rubricVersion,
        })}
        {' · '}
        {record.source === 'upload'
          ? t('disclosures.result.source.upload', { filename: record.filename ?? '' })
          : t('disclosures.result.source.paste')}
      </p>
    </section>
  );
}

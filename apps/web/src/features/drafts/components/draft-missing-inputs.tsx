import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DraftCompleteness } from '@ipgn/drafting';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { slotLink } from '../utils/slot-link';

export interface DraftMissingInputsProps {
  completeness: DraftCompleteness;
  orgId: string;
  assessmentId: string | null;
}

/** Every distinct "to be completed" input with the question or fact that fills it, in the reader's language. */
export function DraftMissingInputs({ completeness, orgId, assessmentId }: DraftMissingInputsProps) {
  const { t, i18n } = useTranslation();
  const language = currentLocale(i18n);
  return (
    <section aria-labelledby="draft-missing-title" className="panel">
      <h2 id="draft-missing-title">{t('drafts.editor.missingHeading', { count: completeness.missing.length })}</h2>
      {completeness.mostlySlots ? <p className="notice notice--info">{t('drafts.editor.mostlySlots')}</p> : null}
      {completeness.missing.length === 0 ? <p>{t('drafts.editor.missingNone')}</p> : null}
      <ul className="list">
        {completeness.missing.map((m) => {
          const link = slotLink(orgId, assessmentId, m);
          return (
            <li key={m.slotId}>
              <span className="slot__badge">{t('drafts.editor.slotBadge')}</span>
              {m.label[language]}{' '}
              <span className="muted">{t('drafts.editor.occurrences', { count: m.occurrences })}</span>
              {link ? (
                <>
                  {' '}
                  <Link to={link.to}>
                    {link.kind === 'question' ? t('drafts.editor.slotAnswerQuestion') : t('drafts.editor.slotFillFact')}
                  </Link>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

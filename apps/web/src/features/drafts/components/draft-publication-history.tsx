import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import type { PublicationRef } from '@ipgn/contracts';
import { formatDate } from '../../../shared/i18n/format';

/** Every publication of the draft (a correction adds one; unpublishing marks them withdrawn). */
export function DraftPublicationHistory({ publications }: { publications: PublicationRef[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  if (publications.length === 0) return null;
  const date = (iso: string) => formatDate(iso, locale);
  return (
    <>
      <h3>{t('drafts.workflow.history')}</h3>
      <ul className="list" data-testid="draft-publication-history">
        {[...publications].reverse().map((p) => (
          <li key={p.publicationId}>
            {t('drafts.workflow.historyItem', { version: p.version, date: date(p.publishedAt) })}
            {p.withdrawnAt ? t('drafts.workflow.historyWithdrawn', { date: date(p.withdrawnAt) }) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

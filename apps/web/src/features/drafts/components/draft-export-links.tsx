import { useTranslation } from 'react-i18next';
import type { DraftExportFormat } from '../api/draft-api-types';
import { draftsApi } from '../api/drafts-api';

const FORMATS: DraftExportFormat[] = ['docx', 'pdf', 'md'];

/** Downloads of the current version (the browser sends the session cookie with these same-origin links). */
export function DraftExportLinks({ orgId, draftId }: { orgId: string; draftId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="draft-exports-title" className="panel">
      <h2 id="draft-exports-title">{t('drafts.exports.heading')}</h2>
      <ul className="list">
        {FORMATS.map((f) => (
          <li key={f}>
            <a href={draftsApi.exportUrl(orgId, draftId, f)} download>
              {t(`drafts.exports.${f}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { workshopsApi } from '../api/workshops-api';

export interface WorkshopDownloadsProps {
  orgId: string;
  workshopId: string;
  anonymous: boolean;
  /** Raw responses need workshop:run; the report is for everyone who may read the results. */
  canRun: boolean;
}

/** The workshop report (PDF, DOCX) and, for facilitators, the raw responses (CSV, XLSX) as plain download links. */
export function WorkshopDownloads({ orgId, workshopId, anonymous, canRun }: WorkshopDownloadsProps) {
  const { t } = useTranslation();
  return (
    <section className="console__panel" aria-labelledby="console-downloads-title">
      <h2 id="console-downloads-title">{t('workshops.downloads.title')}</h2>
      <ul className="console__downloads">
        <li>
          <a href={workshopsApi.reportUrl(orgId, workshopId, 'pdf')} download>
            {t('workshops.downloads.reportPdf')}
          </a>
        </li>
        <li>
          <a href={workshopsApi.reportUrl(orgId, workshopId, 'docx')} download>
            {t('workshops.downloads.reportDocx')}
          </a>
        </li>
        {canRun ? (
          <>
            <li>
              <a href={workshopsApi.responsesUrl(orgId, workshopId, 'csv')} download>
                {t('workshops.downloads.responsesCsv')}
              </a>
            </li>
            <li>
              <a href={workshopsApi.responsesUrl(orgId, workshopId, 'xlsx')} download>
                {t('workshops.downloads.responsesXlsx')}
              </a>
            </li>
          </>
        ) : null}
      </ul>
      {canRun && anonymous ? <p className="hint">{t('workshops.downloads.anonymousNote')}</p> : null}
    </section>
  );
}

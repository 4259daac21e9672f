import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../../../shared/components/file-picker';
import { assessmentApi } from '../api/assessment-api';
import { useRoundImport } from '../hooks/use-round-import';

/** Download the whole round (JSON, XLSX); into a round in progress, import a file: preview, then confirm. */
export function RoundTransferPanel({
  orgId,
  assessmentId,
  canImport,
}: {
  orgId: string;
  assessmentId: string;
  canImport: boolean;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const { preview, confirm } = useRoundImport(orgId, assessmentId);
  const shown = preview.data;
  return (
    <section aria-labelledby="transfer-title" className="card">
      <h2 id="transfer-title">{t('assessment.transfer.title')}</h2>
      <ul>
        <li>
          <a href={assessmentApi.transferUrl(orgId, assessmentId, 'json')} download>
            {t('assessment.transfer.json')}
          </a>
        </li>
        <li>
          <a href={assessmentApi.transferUrl(orgId, assessmentId, 'xlsx')} download>
            {t('assessment.transfer.xlsx')}
          </a>
        </li>
      </ul>
      {canImport ? (
        <form
          className="round-transfer__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (file) preview.mutate(file);
          }}
        >
          <FilePicker
            label={t('assessment.transfer.file')}
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(chosen) => {
              setFile(chosen);
              preview.reset();
              confirm.reset();
            }}
          />
          <button type="submit" className="button button--secondary" disabled={!file || preview.isPending}>
            {t('assessment.transfer.preview')}
          </button>
        </form>
      ) : null}
      {preview.isError ? (
        <p role="alert">{preview.error instanceof Error ? preview.error.message : t('assessment.transfer.failed')}</p>
      ) : null}
      {shown ? (
        <div data-testid="import-preview">
          <p>
            {t('assessment.transfer.summary', {
              mapped: shown.mapped.length,
              renamed: shown.mapped.filter((m) => m.renamed).length,
              changed: shown.mapped.filter((m) => m.changed).length,
              from: shown.fromBankVersion,
              to: shown.toBankVersion,
            })}
          </p>
          {Object.keys(shown.payload.priorDecisions ?? {}).length > 0 ? (
            <p className="hint">
              {t('assessment.transfer.priorDecisions', { count: Object.keys(shown.payload.priorDecisions).length })}
            </p>
          ) : null}
          {shown.notImportable.length > 0 ? (
            <details open>
              <summary>{t('assessment.transfer.notImportable', { count: shown.notImportable.length })}</summary>
              <ul>
                {shown.notImportable.map((n) => (
                  <li key={`${n.part}-${n.id}`}>
                    {t('assessment.transfer.notImportableItem', {
                      part: t(`assessment.transfer.part.${n.part}`),
                      id: n.id,
                      reason: t(`assessment.transfer.reason.${n.reason}`, { defaultValue: n.reason }),
                    })}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={!file || confirm.isPending || confirm.isSuccess}
            onClick={() => file && confirm.mutate(file)}
          >
            {t('assessment.transfer.confirm')}
          </button>
        </div>
      ) : null}
      <p role="status">
        {confirm.isSuccess ? t('assessment.transfer.done') : confirm.isError ? t('assessment.transfer.failed') : null}
      </p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/utils/error-message';
import type { SaveStatus as Status } from '../hooks/use-autosave-answer';

export interface SaveStatusProps {
  status: Status;
  error: unknown;
  onRetry: () => void;
}

/** "Saving…", "Saved" or the error with a retry, announced politely to screen readers. */
export function SaveStatus({ status, error, onRetry }: SaveStatusProps) {
  const { t } = useTranslation();
  return (
    <span className={`save-status save-status--${status}`}>
      <span role="status" aria-live="polite">
        {status === 'saving' ? t('assessment.save.saving') : null}
        {status === 'saved' ? `✓ ${t('assessment.save.saved')}` : null}
        {status === 'error' ? t('assessment.save.error', { message: errorMessage(error, t) }) : null}
      </span>
      {status === 'error' ? (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('assessment.save.retry')}
        </button>
      ) : null}
    </span>
  );
}

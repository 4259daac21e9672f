import { useTranslation } from 'react-i18next';
import type { DraftStatus } from '@ipgn/contracts';

const ICONS: Record<DraftStatus, string> = {
  draft: '✎',
  in_review: '⌛',
  changes_requested: '↩',
  approved: '✓',
  published: '◉',
  withdrawn: '⊘',
};

/** The workflow status in words with an icon, so colour is never the only signal. */
export function DraftStatusBadge({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`draft-status draft-status--${status}`} data-testid="draft-status">
      <span aria-hidden="true" className="draft-status__icon">
        {ICONS[status]}
      </span>
      {t(`drafts.statuses.${status}`)}
    </span>
  );
}

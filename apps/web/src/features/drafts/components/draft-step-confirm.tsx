import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface DraftStepConfirmProps {
  title: string;
  body: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Are you sure?" before a step that changes what the public sees (publish, unpublish): says what happens, focus
 * moves to the confirm button, Escape or Cancel closes it.
 */
export function DraftStepConfirm({ title, body, confirmLabel, pending, onConfirm, onCancel }: DraftStepConfirmProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  const escape = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Escape') onCancel();
  };
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="notice notice--info draft-confirm"
      data-testid="draft-step-confirm"
    >
      <p id={titleId} className="notice__title">
        {title}
      </p>
      <p id={bodyId}>{body}</p>
      <div className="button-row">
        <button
          ref={confirmRef}
          type="button"
          className="button button--primary"
          disabled={pending}
          onClick={onConfirm}
          onKeyDown={escape}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} onKeyDown={escape}>
          {t('drafts.workflow.cancel')}
        </button>
      </div>
    </div>
  );
}

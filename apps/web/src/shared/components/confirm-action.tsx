import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmActionProps {
  /** The button that starts the action, e.g. "Remove". */
  label: string;
  /** An accessible name for that button when `label` alone is ambiguous in a list. */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: () => void;
}

/**
 * A destructive action that asks first, inline: the button turns into a question with "confirm" and
 * "cancel"; focus moves to the question's confirm button and back to the trigger on cancel.
 */
export function ConfirmAction({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  pendingLabel,
  pending,
  onConfirm,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (!asking && !pending) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button--danger-outline"
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="confirm__question">
        {question}
      </p>
      <div className="confirm__actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button--danger"
          disabled={pending}
          aria-busy={pending || undefined}
          onClick={onConfirm}
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CloseWorkshopButtonProps {
  pending: boolean;
  onConfirm: () => void;
}

/** Closing is never one click: it asks first, says what happens, and can be cancelled (keyboard included). */
export function CloseWorkshopButton({ pending, onConfirm }: CloseWorkshopButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="button button--danger" disabled={pending} onClick={() => setAsking(true)}>
        {t('workshops.console.close')}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby="close-confirm-text" className="notice notice--info">
      <p id="close-confirm-text">{t('workshops.console.closeConfirm')}</p>
      <button
        ref={confirmRef}
        type="button"
        className="button button--danger"
        disabled={pending}
        onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('workshops.console.closeConfirmYes')}
      </button>{' '}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setAsking(false)}
        onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
      >
        {t('workshops.console.cancel')}
      </button>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CopyButtonProps {
  text: string;
  /** Selected when the clipboard is not available, so the user can copy by hand. */
  fallbackInputId?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, fallbackInputId }: CopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');

  async function copy(): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
      if (fallbackInputId) {
        const input = document.getElementById(fallbackInputId);
        if (input instanceof HTMLInputElement) {
          input.focus();
          input.select();
        }
      }
    }
  }

  return (
    <span className="copy">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('members.invite.copy')}
      </button>
      <span role="status" className="copy__status">
        {state === 'copied' ? t('members.invite.copied') : null}
        {state === 'failed' ? t('members.invite.copyFailed') : null}
      </span>
    </span>
  );
}

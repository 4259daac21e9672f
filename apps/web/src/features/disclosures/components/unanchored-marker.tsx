import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';

export interface UnanchoredMarkerProps {
  /** Why the sentence's words count for little, in both languages (the scorer's reason). */
  reason: Bilingual;
}

export const UNANCHORED_ICON = '〰';

/**
 * Marks a sentence whose mechanism, value or investment words name nothing specific (issue 18): a word label and a
 * wavy icon besides the dashed frame of the sentence, so colour is not the only signal. The button's name is the
 * label, its description the reason; the reason shows on hover and on focus (a tap focuses it on touch screens),
 * stays while the pointer is over it, and Escape hides it (WCAG 1.4.13). Hidden, it is still in the text for
 * screen readers, so browsing the text reads the reason after the label.
 */
export function UnanchoredMarker({ reason }: UnanchoredMarkerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = !dismissed && (hovered || focused);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setDismissed(true);
    }
  };
  return (
    <span
      className="unanchored-marker"
      onMouseEnter={() => {
        setHovered(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHovered(false)}
    >
      <button
        type="button"
        className="unanchored-marker__button"
        data-testid="unanchored-marker"
        aria-describedby={id}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => setFocused(false)}
        onClick={() => setDismissed(false)}
        onKeyDown={onKeyDown}
      >
        <span aria-hidden="true">{UNANCHORED_ICON}</span> {t('disclosures.judgement.unanchored.tag')}
      </button>
      <span
        role="tooltip"
        id={id}
        className={open ? 'unanchored-marker__reason' : 'visually-hidden'}
        data-testid="unanchored-reason"
        data-open={open}
      >
        {bilingualText(reason, i18n.language)}
      </span>
    </span>
  );
}

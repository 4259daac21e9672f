import type { Ref, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from './character-count';
import { FieldError } from './field-error';

export interface LimitedTextareaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange' | 'maxLength' | 'aria-invalid' | 'id'
> {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The most characters the API accepts. */
  max: number;
  /** Another message for the field (e.g. the API's), shown when the text is within the limit. */
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** The over-limit message for a text, or undefined: 「2,000 文字以内で入力してください（現在 2,100 文字）。」 */
export function useTooLongMessage(): (text: string, max: number) => string | undefined {
  const { t, i18n } = useTranslation();
  const format = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-US' : 'ja-JP');
  return (text, max) =>
    text.length > max ? t('validation.tooLong', { max: format(max), current: format(text.length) }) : undefined;
}

/**
 * A text box with a length limit: a counter under it, and over the limit the text stays whole (no `maxLength`,
 * which cuts pasted text silently) with the reason and the limit beside it. The form refuses to send it.
 */
export function LimitedTextarea({ id, value, onChange, max, error, className, ref, ...rest }: LimitedTextareaProps) {
  const tooLongMessage = useTooLongMessage();
  const message = tooLongMessage(value, max) ?? error;
  const describedBy = [rest['aria-describedby'], `${id}-count`, message ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <textarea
        {...rest}
        ref={ref}
        id={id}
        className={className ?? 'field__input'}
        value={value}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <CharacterCount id={`${id}-count`} count={value.length} max={max} />
      <FieldError id={`${id}-error`} message={message} />
    </>
  );
}

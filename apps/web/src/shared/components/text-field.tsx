import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from './character-count';
import { useTooLongMessage } from './limited-textarea';
import { FieldError } from './field-error';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'id' | 'aria-describedby' | 'aria-invalid'
> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A message shown under the field and announced with it (aria-describedby). */
  error?: string;
  /** Shown with the error (only while there is one), e.g. links to what the user can do about it. */
  errorAction?: ReactNode;
  hint?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are tied to it for assistive technology. */
export function TextField({
  label,
  value,
  onChange,
  error: givenError,
  errorAction,
  hint,
  required,
  ref,
  className,
  maxLength,
  ...rest
}: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  // `maxLength` is not put on the input (the browser would cut a paste silently): over it, the field says so.
  const tooLong = useTooLongMessage();
  const error = givenError ?? (maxLength === undefined ? undefined : tooLong(value, maxLength));
  // A counter once the text nears a real limit (not on every short field from the first key).
  const showCount = maxLength !== undefined && maxLength >= 50 && value.length >= maxLength * 0.8;
  const describedBy =
    [error ? errorId : null, hint ? hintId : null, showCount ? countId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {t('common.required')}
          </span>
        ) : null}
      </label>
      <input
        {...rest}
        ref={ref}
        id={id}
        className="field__input"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {showCount ? <CharacterCount id={countId} count={value.length} max={maxLength} /> : null}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} action={errorAction} />
    </div>
  );
}

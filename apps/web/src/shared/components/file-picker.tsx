import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './field-error';

export interface FilePickerProps {
  /** What to choose, e.g. "取り込むファイル（JSONまたはXLSX、1 MBまで）". */
  label: string;
  accept: string;
  onChange: (file: File | null) => void;
  /** Marks the field required (the same 必須/Required mark as the other fields). */
  required?: boolean;
  /** Shown under the field and announced with it. */
  hint?: string;
  /** A message shown under the field, announced with it; the input is marked invalid. */
  error?: string;
  /** The native input, e.g. for a form library to focus the field when it is invalid. */
  inputRef?: Ref<HTMLInputElement>;
  name?: string;
  onBlur?: () => void;
}

/**
 * A file field in the page's language. The browser's own control speaks the browser's language ("Choose File" on a
 * Japanese page), so the native input is only visually hidden: it stays in the tab order (Space or Enter opens the
 * chooser, its focus ring is drawn on the button) and in the accessibility tree, named by the field's label and the
 * button's text; the styled button is its <label>, and the chosen file's name (then the error and hint) describe it.
 */
export function FilePicker({
  label,
  accept,
  onChange,
  required,
  hint,
  error,
  inputRef,
  name,
  onBlur,
}: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const describedBy = [`${id}-chosen`, error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={['field', 'file-picker', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <span id={`${id}-label`} className="field__label">
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {t('common.required')}
          </span>
        ) : null}
      </span>
      <div className="file-picker__row">
        <input
          id={id}
          ref={inputRef}
          name={name}
          type="file"
          className="visually-hidden file-picker__input"
          accept={accept}
          required={required}
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onBlur={onBlur}
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            setChosen(file?.name ?? null);
            onChange(file);
          }}
        />
        <label id={`${id}-button`} htmlFor={id} className="button button--secondary file-picker__button">
          {t('common.chooseFile')}
        </label>
        <span id={`${id}-chosen`} className="file-picker__chosen">
          {chosen ?? t('common.noFileChosen')}
        </span>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

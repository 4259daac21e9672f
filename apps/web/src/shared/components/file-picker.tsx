import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilePickerProps {
  /** What to choose, e.g. "取り込むファイル（JSONまたはXLSX、1 MBまで）". */
  label: string;
  accept: string;
  onChange: (file: File | null) => void;
}

/**
 * A file field in the page's language. The browser's own control speaks the browser's language ("Choose File" on a
 * Japanese page), so the native input is only visually hidden: it stays in the tab order (Space or Enter opens the
 * chooser, its focus ring is drawn on the button) and in the accessibility tree, named by the field's label and the
 * button's text; the styled button is its <label>, and the chosen file's name is its description.
 */
export function FilePicker({ label, accept, onChange }: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  return (
    <div className="field file-picker">
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      <div className="file-picker__row">
        <input
          id={id}
          type="file"
          className="visually-hidden file-picker__input"
          accept={accept}
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={`${id}-chosen`}
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            setName(file?.name ?? null);
            onChange(file);
          }}
        />
        <label id={`${id}-button`} htmlFor={id} className="button button--secondary file-picker__button">
          {t('common.chooseFile')}
        </label>
        <span id={`${id}-chosen`} className="file-picker__chosen">
          {name ?? t('common.noFileChosen')}
        </span>
      </div>
    </div>
  );
}

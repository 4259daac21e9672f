import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/create-i18n';
import { FilePicker } from './file-picker';

function renderPicker(locale: 'ja' | 'en', onChange: (file: File | null) => void) {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <FilePicker label={locale === 'ja' ? '取り込むファイル' : 'File to import'} accept=".xlsx" onChange={onChange} />
    </I18nextProvider>,
  );
}

describe('FilePicker', () => {
  it('names the native input by the field label and the visible button, in Japanese, and shows the chosen file', async () => {
    const onChange = jest.fn();
    renderPicker('ja', onChange);
    const input = screen.getByLabelText('取り込むファイル ファイルを選ぶ');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveClass('visually-hidden');
    expect(input).toHaveAccessibleDescription('ファイルが選ばれていません');
    // The visible button is the input's label: a click on it opens the chooser.
    expect(screen.getByText('ファイルを選ぶ')).toHaveAttribute('for', input.id);

    const file = new File(['x'], 'round-1.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    await userEvent.upload(input, file);
    expect(onChange).toHaveBeenCalledWith(file);
    expect(input).toHaveAccessibleDescription('round-1.xlsx');
  });

  it('speaks English on the English UI', () => {
    renderPicker('en', () => undefined);
    expect(screen.getByLabelText('File to import Choose a file')).toHaveAccessibleDescription('No file chosen');
  });

  it('marks a required field, and ties its hint and error to the input', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <FilePicker
          label="File"
          accept=".pdf"
          required
          hint="At most 5 MB."
          error="Choose a .pdf file."
          onChange={() => undefined}
        />
      </I18nextProvider>,
    );
    const input = screen.getByLabelText(/^File/, { selector: 'input[type="file"]' });
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('No file chosen Choose a .pdf file. At most 5 MB.');
    expect(screen.getByText('required')).toHaveAttribute('aria-hidden', 'true');
  });
});

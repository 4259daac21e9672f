import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { ApiRequestError } from '../api/api-request-error';
import { createI18n } from '../i18n/create-i18n';
import { FormErrorAlert } from './form-error-alert';
import { TextField } from './text-field';

const failed = new ApiRequestError({
  statusCode: 400,
  code: 'VALIDATION_FAILED',
  message: '入力内容に誤りがあります。各項目のエラーを確認してください。',
  errors: [
    { field: 'title', code: 'maxLength', message: '200 文字以内で入力してください。' },
    { field: 'sections.0.text', code: 'maxLength', message: '20000 文字以内で入力してください。' },
  ],
});

describe('FormErrorAlert', () => {
  it('lists the field messages no field on the page shows, so the summary never stands alone', () => {
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <form>
          <TextField label="タイトル" value="" onChange={() => undefined} error={failed.fieldError('title')} />
          <FormErrorAlert error={failed} />
        </form>
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('入力内容に誤りがあります。');
    expect(alert).toHaveTextContent('20000 文字以内で入力してください。');
    // Shown beside its field already: not repeated in the summary.
    expect(alert).not.toHaveTextContent('200 文字以内で入力してください。');
    expect(screen.getAllByText('200 文字以内で入力してください。')).toHaveLength(1);
  });
});

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

  it('shows the reference number only for an unexpected (5xx) error, in both languages', () => {
    const taken = new ApiRequestError({
      statusCode: 400,
      code: 'EMAIL_TAKEN',
      message: 'このメールアドレスは既に登録されています。',
      requestId: 'req-400',
    });
    const wrongPassword = new ApiRequestError({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'メールアドレスまたはパスワードが正しくありません。',
      requestId: 'req-401',
    });
    const broken = new ApiRequestError({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'サーバーでエラーが発生しました。',
      requestId: 'req-500',
    });
    for (const error of [taken, wrongPassword]) {
      const { unmount } = render(
        <I18nextProvider i18n={createI18n('ja')}>
          <FormErrorAlert error={error} />
        </I18nextProvider>,
      );
      expect(screen.getByRole('alert')).toHaveTextContent(error.message);
      expect(screen.getByRole('alert')).not.toHaveTextContent('問い合わせ番号');
      expect(screen.getByRole('alert')).not.toHaveTextContent(error.requestId ?? '-');
      unmount();
    }
    const ja = render(
      <I18nextProvider i18n={createI18n('ja')}>
        <FormErrorAlert error={broken} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('問い合わせ番号: req-500');
    ja.unmount();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <FormErrorAlert error={broken} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Reference: req-500');
  });
});

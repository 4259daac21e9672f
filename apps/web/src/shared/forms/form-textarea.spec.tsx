import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { ApiRequestError } from '../api/api-request-error';
import { createI18n } from '../i18n/create-i18n';
import { AppForm } from './app-form';
import { FormTextarea } from './form-textarea';
import { useAppForm } from './use-app-form';

function TestForm(props: { onValid: (values: { body: string }) => unknown; serverError?: unknown }) {
  const form = useAppForm<{ body: string }>({ defaultValues: { body: '' }, ...props });
  return (
    <AppForm form={form}>
      <label htmlFor="body">Body</label>
      <FormTextarea
        control={form.form.control}
        id="body"
        name="body"
        max={2000}
        validate={(v) => (v.trim() ? undefined : 'Required')}
      />
      <button type="submit">Send</button>
    </AppForm>
  );
}

function renderForm(props: Parameters<typeof TestForm>[0], locale: 'ja' | 'en' = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <TestForm {...props} />
    </I18nextProvider>,
  );
}

describe('FormTextarea', () => {
  it('keeps 100,000 pasted characters whole, says they are too long with a counter, and sends nothing', async () => {
    const onValid = jest.fn();
    renderForm({ onValid }, 'ja');
    const body = screen.getByLabelText('Body');
    fireEvent.change(body, { target: { value: 'x'.repeat(100_000) } });
    expect((body as HTMLTextAreaElement).value).toHaveLength(100_000);
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(body).toHaveAccessibleDescription(/2,000 文字以内/);
    fireEvent.submit(body.closest('form') as HTMLFormElement);
    await waitFor(() => expect(body).toHaveFocus());
    expect(screen.getByRole('alert')).not.toBeEmptyDOMElement();
    expect((body as HTMLTextAreaElement).value).toHaveLength(100_000);
    expect(onValid).not.toHaveBeenCalled();
  });

  it('shows its rule’s message, focuses it, and sends the text once it is filled in', async () => {
    const onValid = jest.fn();
    const user = userEvent.setup();
    renderForm({ onValid });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const body = screen.getByLabelText('Body');
    await waitFor(() => expect(body).toHaveFocus());
    expect(body).toHaveAccessibleDescription(/Required/);
    expect(onValid).not.toHaveBeenCalled();
    await user.type(body, 'Hello');
    expect(body).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(onValid).toHaveBeenCalledWith({ body: 'Hello' }));
  });

  it('shows the API’s message for its field beside it', async () => {
    const serverError = new ApiRequestError({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Some entries are invalid.',
      errors: [{ field: 'body', code: 'maxLength', message: 'Body is too long.' }],
    });
    renderForm({ onValid: jest.fn(), serverError });
    const body = screen.getByLabelText('Body');
    await waitFor(() => expect(body).toHaveFocus());
    expect(body).toHaveAccessibleDescription(/Body is too long\./);
    expect(screen.getByRole('alert')).not.toHaveTextContent('Body is too long.');
  });
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { ApiRequestError } from '../api/api-request-error';
import { createI18n } from '../i18n/create-i18n';
import { AppForm } from './app-form';
import { FormTextField } from './form-text-field';
import { useAppForm, type FormCheckErrors } from './use-app-form';

interface Values {
  title: string;
  note: string;
}

function TestForm(props: {
  onValid: (values: Values) => unknown;
  serverError?: unknown;
  check?: (values: Values) => FormCheckErrors;
}) {
  const form = useAppForm<Values>({ defaultValues: { title: '', note: '' }, ...props });
  return (
    <AppForm form={form}>
      <FormTextField
        control={form.form.control}
        name="title"
        label="Title"
        maxLength={20}
        validate={(v) => (v.trim() ? undefined : 'Required')}
      />
      <FormTextField control={form.form.control} name="note" label="Note" errorKey="body.note" />
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

describe('useAppForm + AppForm', () => {
  it('shows a rule’s message beside the field, focuses it, and sends nothing', async () => {
    const onValid = jest.fn();
    const user = userEvent.setup();
    renderForm({ onValid });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const title = screen.getByLabelText('Title');
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Required/);
    expect(screen.getByRole('alert')).not.toBeEmptyDOMElement();
    expect(onValid).not.toHaveBeenCalled();
  });

  it('keeps 100,000 pasted characters whole, says they are too long, and sends nothing', async () => {
    const onValid = jest.fn();
    renderForm({ onValid }, 'ja');
    const title = screen.getByLabelText('Title');
    fireEvent.change(title, { target: { value: 'x'.repeat(100_000) } });
    fireEvent.submit(title.closest('form') as HTMLFormElement);
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect((title as HTMLInputElement).value).toHaveLength(100_000);
    expect(title).toHaveAccessibleDescription(/20 文字以内/);
    expect(onValid).not.toHaveBeenCalled();
  });

  it('sends once however often it is submitted while the request runs', async () => {
    let finish: () => void = () => undefined;
    const onValid = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderForm({ onValid });
    const title = screen.getByLabelText('Title');
    fireEvent.change(title, { target: { value: 'A title' } });
    const form = title.closest('form') as HTMLFormElement;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    fireEvent.submit(form);
    await act(async () => finish());
    expect(onValid).toHaveBeenCalledTimes(1);
    expect(onValid).toHaveBeenCalledWith({ title: 'A title', note: '' });
  });

  it('puts the API’s field messages beside their fields (by API path) and focuses the first', async () => {
    const serverError = new ApiRequestError({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Some entries are invalid.',
      errors: [
        { field: 'body.note', code: 'maxLength', message: 'Note is too long.' },
        { field: 'elsewhere', code: 'x', message: 'A field this form does not have.' },
      ],
    });
    renderForm({ onValid: jest.fn(), serverError });
    const note = screen.getByLabelText('Note');
    await waitFor(() => expect(note).toHaveFocus());
    expect(note).toHaveAccessibleDescription(/Note is too long\./);
    expect(screen.getByRole('alert')).toHaveTextContent('A field this form does not have.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Note is too long.');
  });

  it('runs the whole-form check after the field rules and shows its messages by API path', async () => {
    const onValid = jest.fn();
    renderForm({ onValid, check: (v) => ({ 'body.note': v.note ? undefined : 'Say something.' }) });
    const title = screen.getByLabelText('Title');
    fireEvent.change(title, { target: { value: 'A title' } });
    fireEvent.submit(title.closest('form') as HTMLFormElement);
    const note = screen.getByLabelText('Note');
    await waitFor(() => expect(note).toHaveFocus());
    expect(note).toHaveAccessibleDescription(/Say something\./);
    expect(onValid).not.toHaveBeenCalled();
  });
});

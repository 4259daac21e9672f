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

  it('drops the API’s message for a field once the user edits it (also under its errorKey), and keeps the others', async () => {
    const serverError = new ApiRequestError({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Some entries are invalid.',
      errors: [
        { field: 'title', code: 'x', message: 'The title is taken.' },
        { field: 'body.note', code: 'maxLength', message: 'Note is too long.' },
      ],
    });
    const user = userEvent.setup();
    renderForm({ onValid: jest.fn(), serverError });
    const title = screen.getByLabelText('Title');
    const note = screen.getByLabelText('Note');
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription(/The title is taken\./);

    await user.type(note, '!');
    // Its own message is gone (the value it was about changed); the title's stays, and focus stays where the user types.
    expect(note).not.toHaveAttribute('aria-invalid');
    expect(note).toHaveAccessibleDescription('');
    expect(note).toHaveFocus();
    expect(title).toHaveAccessibleDescription(/The title is taken\./);
    expect(screen.getByRole('alert')).toHaveTextContent('Some entries are invalid.');
    // A message no field shows is not listed in the alert just because its field was edited.
    expect(screen.getByRole('alert')).not.toHaveTextContent('Note is too long.');

    await user.type(title, 'x');
    expect(title).not.toHaveAttribute('aria-invalid');
    // Every field the error named was changed: the error no longer applies, the alert empties.
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('keeps the API’s message for a field the user has not edited when another rule fails, until it is edited', async () => {
    const serverError = new ApiRequestError({
      statusCode: 400,
      code: 'EMAIL_TAKEN',
      message: 'Taken.',
      errors: [{ field: 'body.note', code: 'emailTaken', message: 'This note is already registered.' }],
    });
    const user = userEvent.setup();
    renderForm({ onValid: jest.fn(), serverError });
    const title = screen.getByLabelText('Title');
    const note = screen.getByLabelText('Note');
    // The title's own rule fails on submit: the untouched note still says what the server said about its value.
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(/This note is already registered\./);
    await user.type(note, 'x');
    expect(note).not.toHaveAttribute('aria-invalid');
    expect(title).toHaveAttribute('aria-invalid', 'true');
  });
});

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { ApiRequestError } from '../api/api-request-error';
import { createI18n } from '../i18n/create-i18n';
import { AppForm } from './app-form';
import { FormCheckbox } from './form-checkbox';
import { FormCheckboxGroup } from './form-checkbox-group';
import { FormRadioGroup } from './form-radio-group';
import { FormTextField } from './form-text-field';
import { useAppForm } from './use-app-form';
import { useFormRows } from './use-form-rows';

interface Values {
  teams: string[];
  plan: string;
  accepted: boolean;
  rows: { name: string }[];
}

const defaults: Values = { teams: [], plan: 'small', accepted: false, rows: [{ name: 'First' }, { name: 'Second' }] };

function TestForm(props: { onValid: (values: Values) => unknown; serverError?: unknown }) {
  const form = useAppForm<Values>({ defaultValues: defaults, ...props });
  const { control, setValue } = form.form;
  const rows = useFormRows({ control, setValue, name: 'rows' });
  return (
    <AppForm form={form}>
      <FormCheckboxGroup
        control={control}
        name="teams"
        legend="Teams"
        validate={(teams) => (teams.length === 0 ? 'Pick at least one team.' : undefined)}
        options={[
          { value: 'ip', label: 'IP' },
          { value: 'rnd', label: 'R&D' },
          { value: 'board', label: 'Board' },
        ]}
      />
      <FormRadioGroup
        control={control}
        name="plan"
        legend="Plan"
        errorKey="body.plan"
        options={[
          { value: 'small', label: 'Small' },
          { value: 'large', label: 'Large', description: 'For groups' },
        ]}
      />
      <FormCheckbox
        control={control}
        name="accepted"
        label="I accept"
        validate={(accepted) => (accepted ? undefined : 'Accept to go on.')}
      />
      {rows.rows.map((_, i) => (
        <div key={rows.keys[i]}>
          <FormTextField control={control} name={`rows.${i}.name`} label={`Row ${i + 1}`} />
          <button type="button" onClick={() => rows.remove(i)}>{`Remove row ${i + 1}`}</button>
        </div>
      ))}
      <button type="button" onClick={() => rows.append({ name: '' })}>
        Add row
      </button>
      <button type="submit">Send</button>
    </AppForm>
  );
}

function renderForm(props: Parameters<typeof TestForm>[0]) {
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <TestForm {...props} />
    </I18nextProvider>,
  );
}

describe('choice fields and rows of the forms layer', () => {
  it('shows the group’s and the box’s messages beside them, focuses the first box, and sends nothing', async () => {
    const onValid = jest.fn();
    const user = userEvent.setup();
    renderForm({ onValid });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const ip = screen.getByRole('checkbox', { name: 'IP' });
    await waitFor(() => expect(ip).toHaveFocus());
    expect(ip).toHaveAttribute('aria-invalid', 'true');
    expect(ip).toHaveAccessibleDescription(/Pick at least one team\./);
    expect(screen.getByRole('group', { name: 'Teams' })).toHaveAccessibleDescription(/Pick at least one team\./);
    const accept = screen.getByRole('checkbox', { name: 'I accept' });
    expect(accept).toHaveAttribute('aria-invalid', 'true');
    expect(accept).toHaveAccessibleDescription(/Accept to go on\./);
    expect(onValid).not.toHaveBeenCalled();
  });

  it('sends the ticked values in the options’ order, the chosen radio and the box, once the rules pass', async () => {
    const onValid = jest.fn();
    const user = userEvent.setup();
    renderForm({ onValid });
    await user.click(screen.getByRole('checkbox', { name: 'Board' }));
    await user.click(screen.getByRole('checkbox', { name: 'IP' }));
    expect(screen.getByRole('checkbox', { name: 'IP' })).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('radio', { name: /Large/ }));
    await user.click(screen.getByRole('checkbox', { name: 'I accept' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0][0]).toMatchObject({ teams: ['ip', 'board'], plan: 'large', accepted: true });
  });

  it('puts the API’s message for a radio group beside it, not in the alert', async () => {
    const serverError = new ApiRequestError({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Some entries are invalid.',
      errors: [{ field: 'body.plan', code: 'isIn', message: 'That plan is not offered.' }],
    });
    renderForm({ onValid: jest.fn(), serverError });
    const plan = screen.getByRole('radiogroup', { name: 'Plan' });
    await waitFor(() => expect(plan).toHaveAccessibleDescription(/That plan is not offered\./));
    expect(plan).toHaveAttribute('aria-invalid', 'true');
    expect(within(plan).getByRole('radio', { name: 'Small' })).toHaveAccessibleDescription('That plan is not offered.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('That plan is not offered.');
  });

  it('adds and removes rows with each row’s text staying with it, and sends the rows left', async () => {
    const onValid = jest.fn();
    const user = userEvent.setup();
    renderForm({ onValid });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    fireEvent.change(screen.getByLabelText('Row 3'), { target: { value: 'Third' } });
    await user.click(screen.getByRole('button', { name: 'Remove row 1' }));
    expect(screen.getByLabelText('Row 1')).toHaveValue('Second');
    expect(screen.getByLabelText('Row 2')).toHaveValue('Third');
    expect(screen.queryByLabelText('Row 3')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'IP' }));
    await user.click(screen.getByRole('checkbox', { name: 'I accept' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0][0].rows).toEqual([{ name: 'Second' }, { name: 'Third' }]);
  });
});

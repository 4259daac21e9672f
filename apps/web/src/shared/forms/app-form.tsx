import type { FieldValues } from 'react-hook-form';
import type { FormHTMLAttributes, ReactNode } from 'react';
import { FormErrorAlert } from '../components/form-error-alert';
import { FormErrorsContext, FormFieldPathsContext } from './form-errors-context';
import type { AppFormApi } from './use-app-form';

export interface AppFormProps<T extends FieldValues> extends Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit' | 'noValidate' | 'ref'
> {
  form: AppFormApi<T>;
  /** The form's alert (request error, or the summary of its own checks) above the fields; off when placed elsewhere. */
  alert?: boolean;
  children: ReactNode;
}

/** The `<form>` of a {@link useAppForm} form: the browser's own validation off, the alert first, field messages in context. */
export function AppForm<T extends FieldValues>({ form, alert = true, children, ...rest }: AppFormProps<T>) {
  return (
    <FormErrorsContext.Provider value={form.fieldError}>
      <FormFieldPathsContext.Provider value={form.registerFieldPaths}>
        <form {...rest} ref={form.formRef} noValidate onSubmit={form.onSubmit}>
          {alert ? <FormErrorAlert error={form.serverError} invalid={form.invalid} /> : null}
          {children}
        </form>
      </FormFieldPathsContext.Provider>
    </FormErrorsContext.Provider>
  );
}

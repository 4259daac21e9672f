import { useId, type ReactNode } from 'react';
import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { FieldError } from '../components/field-error';
import { useAppChoice, type AppChoiceOptions } from './use-app-choice';

export type FormCheckboxProps<T extends FieldValues, N extends FieldPathByValue<T, boolean>> = AppChoiceOptions<
  T,
  boolean,
  N
> & {
  label: ReactNode;
  disabled?: boolean;
  /** The label's class (`choice` card by default). */
  className?: string;
};

/** One yes/no box of a {@link useAppForm} form (e.g. "I accept..."), its message under it and tied to it. */
export function FormCheckbox<T extends FieldValues, N extends FieldPathByValue<T, boolean>>({
  control,
  name,
  validate,
  errorKey,
  label,
  disabled,
  className = 'choice',
}: FormCheckboxProps<T, N>) {
  const field = useAppChoice<T, boolean, N>({ control, name, validate, errorKey });
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <>
      <label htmlFor={id} className={className}>
        <input
          id={id}
          type="checkbox"
          ref={field.ref}
          checked={field.value === true}
          disabled={disabled}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={field.error ? errorId : undefined}
          onChange={(event) => field.onChange(event.target.checked)}
          onBlur={field.onBlur}
        />{' '}
        {label}
      </label>
      <FieldError id={errorId} message={field.error} />
    </>
  );
}

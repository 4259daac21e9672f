import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { LimitedTextarea, type LimitedTextareaProps } from '../components/limited-textarea';
import { useAppField, type AppFieldOptions } from './use-app-field';

export type FormTextareaProps<T extends FieldValues, N extends FieldPathByValue<T, string>> = Omit<
  AppFieldOptions<T, N>,
  'maxLength'
> &
  Omit<LimitedTextareaProps, 'value' | 'onChange' | 'error' | 'name' | 'ref'>;

/**
 * A {@link LimitedTextarea} bound to a field of a {@link useAppForm} form: over `max` the text stays whole, the
 * counter and the reason show beside it, and the form is not sent. Its label is the form's (`htmlFor={id}`).
 */
export function FormTextarea<T extends FieldValues, N extends FieldPathByValue<T, string>>({
  control,
  name,
  validate,
  max,
  errorKey,
  normalize,
  ...rest
}: FormTextareaProps<T, N>) {
  const field = useAppField({ control, name, validate, maxLength: max, errorKey, normalize });
  return (
    <LimitedTextarea
      {...rest}
      name={name}
      max={max}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      ref={field.ref}
      error={field.error}
    />
  );
}

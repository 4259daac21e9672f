import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { TextField, type TextFieldProps } from '../components/text-field';
import { useAppField, type AppFieldOptions } from './use-app-field';

export type FormTextFieldProps<T extends FieldValues, N extends FieldPathByValue<T, string>> = AppFieldOptions<T, N> &
  Omit<TextFieldProps, 'value' | 'onChange' | 'error' | 'name' | 'ref' | 'maxLength'>;

/** A {@link TextField} bound to a field of a {@link useAppForm} form: label, hint and message beside it. */
export function FormTextField<T extends FieldValues, N extends FieldPathByValue<T, string>>({
  control,
  name,
  validate,
  maxLength,
  errorKey,
  normalize,
  ...rest
}: FormTextFieldProps<T, N>) {
  const field = useAppField({ control, name, validate, maxLength, errorKey, normalize });
  return (
    <TextField
      {...rest}
      name={name}
      maxLength={maxLength}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      ref={field.ref}
      error={field.error}
    />
  );
}

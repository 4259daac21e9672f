import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { SelectField, type SelectFieldProps } from '../components/select-field';
import { useAppField, type AppFieldOptions } from './use-app-field';

export type FormSelectFieldProps<T extends FieldValues, N extends FieldPathByValue<T, string>> = Omit<
  AppFieldOptions<T, N>,
  'maxLength'
> &
  Omit<SelectFieldProps, 'value' | 'onChange' | 'error' | 'name' | 'ref'>;

/** A {@link SelectField} bound to a field of a {@link useAppForm} form. */
export function FormSelectField<T extends FieldValues, N extends FieldPathByValue<T, string>>({
  control,
  name,
  validate,
  errorKey,
  ...rest
}: FormSelectFieldProps<T, N>) {
  const field = useAppField({ control, name, validate, errorKey });
  return (
    <SelectField
      {...rest}
      name={name}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      ref={field.ref}
      error={field.error}
    />
  );
}

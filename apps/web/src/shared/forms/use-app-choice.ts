import { useRef } from 'react';
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
  type RefCallBack,
} from 'react-hook-form';
import { firstFieldMessage, useFormErrorsContext, useRegisterFieldPaths } from './form-errors-context';

export interface AppChoiceOptions<T extends FieldValues, V, N extends FieldPathByValue<T, V>> {
  control: Control<T>;
  name: N;
  /** The field's own check (e.g. "pick at least one"); the latest one is used at each submit. */
  validate?: (value: V, values: T) => string | undefined;
  /** The API's path(s) for this field's messages, when they differ from `name` (the first with a message wins). */
  errorKey?: string | readonly string[];
}

export interface AppChoice<V> {
  value: V;
  onChange: (value: V) => void;
  onBlur: () => void;
  /** For the first input of the group: react-hook-form focuses it when the field's rule fails. */
  ref: RefCallBack;
  /** The message to show beside the group: its own rule's, else the form check's or the API's. */
  error: string | undefined;
}

/** One non-text field (a list of ticked values, a choice, a yes/no) of a {@link useAppForm} form. */
export function useAppChoice<T extends FieldValues, V, N extends FieldPathByValue<T, V>>({
  control,
  name,
  validate,
  errorKey,
}: AppChoiceOptions<T, V, N>): AppChoice<V> {
  const rule = useRef(validate);
  rule.current = validate;
  const { field, fieldState } = useController({
    control,
    name,
    rules: { validate: (value: unknown, values: T) => rule.current?.(value as V, values) ?? true },
  });
  const formErrors = useFormErrorsContext();
  useRegisterFieldPaths(name, errorKey);
  return {
    // The field's value is typed by its path (N); V is what that path holds (FieldPathByValue ensures it).
    value: field.value as V,
    onChange: (value: V) => field.onChange(value),
    onBlur: field.onBlur,
    ref: field.ref,
    error: fieldState.error?.message ?? firstFieldMessage(formErrors, errorKey ?? name),
  };
}

import { useRef, type Ref } from 'react';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { useTooLongMessage } from '../components/limited-textarea';
import { firstFieldMessage, useFormErrorsContext, useRegisterFieldPaths } from './form-errors-context';

export type FieldRule<T extends FieldValues> = (value: string, values: T) => string | undefined;

export interface AppFieldOptions<T extends FieldValues, N extends FieldPathByValue<T, string>> {
  control: Control<T>;
  name: N;
  /** The field's own check (required, format...); the latest one is used at each submit. */
  validate?: FieldRule<T>;
  /** Over this many characters the text is kept whole, shown as too long, and the form is not sent. */
  maxLength?: number;
  /** The API's path(s) for this field's messages, when they differ from `name` (the first with a message wins). */
  errorKey?: string | readonly string[];
  /** Rewrites what is typed before it is kept (e.g. upper case for a code). */
  normalize?: (value: string) => string;
}

export interface AppField {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  ref: Ref<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>;
  /** The message to show beside the field: its own rule's, else the form check's or the API's. */
  error: string | undefined;
}

/** One text-valued field of a {@link useAppForm} form, ready for TextField, SelectField or LimitedTextarea. */
export function useAppField<T extends FieldValues, N extends FieldPathByValue<T, string>>({
  control,
  name,
  validate,
  maxLength,
  errorKey,
  normalize,
}: AppFieldOptions<T, N>): AppField {
  const tooLong = useTooLongMessage();
  const rule = useRef({ validate, maxLength, tooLong });
  rule.current = { validate, maxLength, tooLong };
  const { field, fieldState } = useController({
    control,
    name,
    rules: {
      validate: (raw: unknown, values: T) => {
        const value = typeof raw === 'string' ? raw : '';
        const { validate: own, maxLength: max, tooLong: tooLongMessage } = rule.current;
        return own?.(value, values) ?? (max === undefined ? undefined : tooLongMessage(value, max)) ?? true;
      },
    },
  });
  const formErrors = useFormErrorsContext();
  useRegisterFieldPaths(name, errorKey);
  const value = typeof field.value === 'string' ? field.value : '';
  return {
    value,
    onChange: (next) => field.onChange(normalize ? normalize(next) : next),
    onBlur: field.onBlur,
    ref: field.ref,
    error: fieldState.error?.message ?? firstFieldMessage(formErrors, errorKey ?? name),
  };
}

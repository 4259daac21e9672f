import { useId, type ReactNode } from 'react';
import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { FieldError } from '../components/field-error';
import type { ChoiceOption } from './form-checkbox-group';
import { useAppChoice, type AppChoiceOptions } from './use-app-choice';

export interface RadioOption extends ChoiceOption {
  /** A line under the label that explains the choice. */
  description?: ReactNode;
}

export type FormRadioGroupProps<T extends FieldValues, N extends FieldPathByValue<T, string>> = AppChoiceOptions<
  T,
  string,
  N
> & {
  legend: ReactNode;
  options: readonly RadioOption[];
  disabled?: boolean;
  className?: string;
  /** Each option's label class (`choice` cards by default). */
  optionClassName?: string;
};

/** Radio buttons for one value of a {@link useAppForm} form, with the message under the group. */
export function FormRadioGroup<T extends FieldValues, N extends FieldPathByValue<T, string>>({
  control,
  name,
  validate,
  errorKey,
  legend,
  options,
  disabled,
  className,
  optionClassName = 'choice',
}: FormRadioGroupProps<T, N>) {
  const field = useAppChoice<T, string, N>({ control, name, validate, errorKey });
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      role="radiogroup"
      className={className}
      aria-invalid={field.error ? true : undefined}
      aria-describedby={field.error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option, i) => (
        <label key={option.value} className={optionClassName}>
          <input
            type="radio"
            name={`${id}-${name}`}
            value={option.value}
            ref={i === 0 ? field.ref : undefined}
            checked={field.value === option.value}
            disabled={disabled}
            aria-describedby={field.error ? errorId : undefined}
            onChange={() => field.onChange(option.value)}
            onBlur={field.onBlur}
          />
          {option.description === undefined ? (
            <span>{option.label}</span>
          ) : (
            <span>
              <strong>{option.label}</strong>
              <br />
              {option.description}
            </span>
          )}
        </label>
      ))}
      <FieldError id={errorId} message={field.error} />
    </fieldset>
  );
}
